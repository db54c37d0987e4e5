// Loaded with `node --import` before every entry point (package.json scripts): on a Node.js older
// than the project needs, say so in Vietnamese and English and stop, instead of failing later with
// ERR_UNKNOWN_FILE_EXTENSION when a script imports the project's TypeScript. Plain JavaScript that
// any Node since 18 runs.
// Node always reports "major.minor.patch"; the defaults only satisfy the type checker.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const NEED = /** @type {const} */ ([22, 19]);
if (major < NEED[0] || (major === NEED[0] && minor < NEED[1])) {
  process.stderr.write(
    [
      `Cần Node.js ${NEED.join('.')} trở lên; máy này đang dùng Node.js ${process.versions.node}.`,
      'Sửa: cài Node.js 22 (https://nodejs.org, bản LTS), hoặc: npm install --prefix ~/.cache/node22 node@22 rồi thêm ~/.cache/node22/node_modules/.bin vào đầu PATH.',
      `This project needs Node.js ${NEED.join('.')} or newer; this machine runs Node.js ${process.versions.node}.`,
      'Fix: install Node.js 22 (LTS) from https://nodejs.org, or: npm install --prefix ~/.cache/node22 node@22 and put ~/.cache/node22/node_modules/.bin first on PATH.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
