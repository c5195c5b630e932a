/**
 * Builds the add-in as Office add-in projects do.
 *
 *   npm run build:dev / dev-server   pages for https://localhost:3000 (the manifest as written)
 *   ADDIN_ORIGIN=https://… npm run build   production pages and dist/manifest.xml on that origin
 *   npm run workbench                the pane beside a grid, on the headless host (dist/workbench/)
 *
 * The add-in's pages load Office.js from Microsoft's CDN, as Office requires. The workbench needs
 * no Office.js (the headless host plays Excel and Office); the browser tests serve the
 * @microsoft/office-js package's copy in place of the CDN, so that they run with no network.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const devOrigin = 'https://localhost:3000';
const devPort = 3000;

/**
 * The manifest with every development URL moved to the production origin. A release manifest that
 * still names localhost is refused: no store or administrator accepts one, and it would point every
 * user's Excel at their own machine.
 */
function rewriteManifest(xml, origin) {
  if (!origin) {
    throw new Error('ADDIN_ORIGIN is not set: a release build needs the HTTPS origin it is served from, e.g. ADDIN_ORIGIN=https://budget.example.fi npm run build');
  }
  const url = new URL(origin);
  if (url.protocol !== 'https:') throw new Error(`ADDIN_ORIGIN must be an HTTPS origin, not ${origin}`);
  const rewritten = xml.split(devOrigin).join(url.origin);
  const local = /https?:\/\/(localhost|127\.0\.0\.1|\[::1\])\b[^"<\s]*/i.exec(rewritten);
  if (local) throw new Error(`A release manifest must not point at ${local[0]}: set ADDIN_ORIGIN to the public HTTPS origin`);
  return rewritten;
}

async function httpsOptions() {
  // Loaded only for the dev server: the certificates are made on first use (office-addin-dev-certs install).
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    // Trusting the CA needs administrator rights (sudo on Linux). The certificates are made before that
    // step, so serve with them; the browser or Excel then has to be told to trust the CA by hand.
    const defaults = require('office-addin-dev-certs/lib/defaults');
    const fs = require('node:fs');
    if (!fs.existsSync(defaults.localhostCertificatePath)) throw error;
    console.warn(`Serving with untrusted development certificates (${error.message.split('\n')[0]})`);
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

function scriptRules() {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } } },
    },
  ];
}

function common(mode) {
  return {
    mode,
    devtool: mode === 'development' ? 'source-map' : false,
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: scriptRules() },
    performance: { hints: false },
  };
}

function addinConfig(mode, serve) {
  // Read now, so that a production build without an origin fails before it starts, not after bundling.
  const origin = process.env.ADDIN_ORIGIN;
  if (mode === 'production') rewriteManifest('', origin);
  return {
    ...common(mode),
    name: 'addin',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      help: './src/taskpane/help.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'notice.html', template: './src/commands/notice.html', chunks: [], inject: false }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/taskpane/help.html', chunks: ['help'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (mode === 'production' ? rewriteManifest(content.toString(), origin) : content),
          },
        ],
      }),
    ],
    devServer: serve
      ? {
          port: devPort,
          hot: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: serve },
          static: { directory: path.resolve(__dirname, 'dist') },
        }
      : undefined,
  };
}

function workbenchConfig(mode) {
  return {
    ...common(mode),
    name: 'workbench',
    entry: { workbench: './src/workbench/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist', 'workbench'), filename: '[name].js', clean: true },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/workbench/workbench.html', chunks: ['workbench'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'examples/*.xlsx', to: 'examples/[name][ext]', noErrorOnMissing: true },
        ],
      }),
    ],
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  if (env.workbench) return workbenchConfig(mode);
  const serve = env.WEBPACK_SERVE ? await httpsOptions() : undefined;
  return addinConfig(mode, serve);
};

module.exports.rewriteManifest = rewriteManifest;
