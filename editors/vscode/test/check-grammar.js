// Dependency-free check of the extension: the JSON files parse, package.json points at the grammar
// and the language configuration, and every regex of the grammar compiles as a JavaScript RegExp
// (the subset shared with Oniguruma, which VS Code uses).
//   node editors/vscode/test/check-grammar.js
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const read = file => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const pkg = read('package.json');
read('language-configuration.json');
const grammarEntry = pkg.contributes.grammars[0];
const grammar = read(grammarEntry.path);
if (grammar.scopeName !== grammarEntry.scopeName) {
  throw new Error(`scopeName ${grammar.scopeName} != ${grammarEntry.scopeName}`);
}
if (!pkg.contributes.languages[0].extensions.includes('.nvm')) {
  throw new Error('the language does not claim .nvm');
}

let count = 0;
const walk = (node, where) => {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${where}[${i}]`));
  } else if (node && typeof node === 'object') {
    for (const key of ['match', 'begin', 'end']) {
      if (typeof node[key] === 'string') {
        try {
          new RegExp(node[key]);
          count++;
        } catch (e) {
          throw new Error(`${where}.${key}: ${e.message}`);
        }
      }
    }
    for (const [key, child] of Object.entries(node)) {
      walk(child, `${where}.${key}`);
    }
  }
};
walk(grammar, 'grammar');

// a few lines every .nvm file has, with the scope the first regex that matches them gives
const expect = (rule, text, group, value) => {
  const m = new RegExp(grammar.repository[rule].match).exec(text);
  if (!m || m[group] !== value) {
    throw new Error(`${rule} on '${text}': group ${group} is ${m && m[group]}, expected ${value}`);
  }
};
expect('declaration', 'cell SttMram : mtj {', 4, 'mtj');
expect('declaration', 'study DeepNvmPlusPlus {', 2, 'DeepNvmPlusPlus');
expect('property', '  write.pulse = 10 ns', 1, 'write.pulse');
expect('number', '54 F^2', 2, 'F^2');
expect('number', '484 GB/s', 3, 'GB/s');
expect('number', '14 pJ/bit', 3, 'pJ/bit');
expect('expect', 'expect iso_capacity.edp_reduction(SotMram) >= 3', 2, 'iso_capacity.edp_reduction');
expect('expect', 'reference iso_capacity.edp_reduction(SttMram) = 3.8 "DeepNVM++"', 1, 'reference');
expect('declaration', 'scenario PlanarHp22 {', 1, 'scenario');
expect('distribution', '  read.sense_energy ~ loguniform(10 fJ, 150 fJ)', 3, 'loguniform');
console.log(`ok: 3 JSON files, ${count} regexes`);
