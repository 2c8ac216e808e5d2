// Validates xAPI statements with Learning Locker's xapi-validation (conformance-tested against
// xAPI 1.0.3). Usage: node validate.js FILE, FILE holding a JSON array of statements.
// Prints each problem with its statement's index and path; exits 1 when there is any.
'use strict';
const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

const statements = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let problems = 0;
statements.forEach((statement, i) => {
  for (const w of validate(statement)) {
    problems += 1;
    const path = (w.path || []).join('.');
    const what = `${(w.constructor && w.constructor.name) || "problem"} ${JSON.stringify(w.data)}`;
    console.log(`statement ${i}: ${path}: ${what}`);
  }
});
console.log(`${statements.length} statements, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
