// Lints planted sources, given as JSON [{ filePath, code }] on stdin, with the project's own
// eslint.config.mjs, and prints each file's messages as JSON. A child process, because ESLint
// loads its configuration as an ES module, which jest's module system cannot.
const { ESLint } = require('eslint');

async function main() {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const eslint = new ESLint({ cwd: process.cwd() });
  const results = [];
  for (const { filePath, code } of JSON.parse(input)) {
    const [result] = await eslint.lintText(code, { filePath });
    results.push({
      filePath,
      messages: result.messages.map((message) => ({ ruleId: message.ruleId, message: message.message })),
    });
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exitCode = 2;
});
