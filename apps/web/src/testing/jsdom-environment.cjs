// jsdom without the web platform pieces Node already has (fetch's Response, TextEncoder...):
// component tests and React Router need them, so lend them Node's.
const { TestEnvironment } = require('jest-environment-jsdom');
const util = require('node:util');

class JsdomWithFetch extends TestEnvironment {
  constructor(...args) {
    super(...args);
    Object.assign(this.global, { TextEncoder: util.TextEncoder, TextDecoder: util.TextDecoder, Response, Request, Headers, ReadableStream, structuredClone });
  }
}

module.exports = JsdomWithFetch;
