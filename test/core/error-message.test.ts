import { errorMessage } from '../../src/core';

describe('errorMessage', () => {
  it("is an Error's message, and the message of Office's error objects, which are not always Error instances", () => {
    expect(errorMessage(new TypeError('bad zip'))).toBe('bad zip');
    expect(errorMessage({ code: 'ItemNotFound', message: 'The sheet was not found.' })).toBe('The sheet was not found.');
  });

  it('is the text of anything else', () => {
    expect(errorMessage('disk full')).toBe('disk full');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(null)).toBe('null');
    expect(errorMessage({ code: 'x', message: '' })).toBe('[object Object]');
  });
});
