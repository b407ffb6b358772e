/* global module */
// autocannon `setupRequest`, loaded by path in autocannon's worker thread:
// replaces every "[<n>]" in a request body with a short id unique to this run
// (autocannon's own `[<id>]` is 33 characters, longer than a household number).
const prefix = Math.random().toString(36).slice(2, 7);
let n = 0;
module.exports = (request) => {
  const id = `${prefix}${(n++).toString(36)}`;
  return { ...request, body: request.body.replaceAll('[<n>]', id) };
};
