import { checkField, checkTimeRange, FIELD_RULES, missingMessage, type FieldId, type FieldRule } from '../../lib/field-rules';
import { checkSiteUrl } from '../../lib/site-url';
import { findWards } from '../../lib/search-places';
import { codeKey, shardSource, type WardShards } from '../../lib/ward-shards';

/**
 * Decap CMS widgets for the staff editing app. Each checks its value with the project's own rule
 * (checkField, checkSiteUrl, the national list of units), so the app refuses exactly what the
 * build refuses, with the same message; nothing is rewritten behind the editor's back. Written with
 * the React that Decap's bundle exposes (window.h, window.createClass): no second React is loaded.
 */

type Immutable = { get(key: string): unknown; getIn(path: string[]): unknown };
interface ControlProps {
  value: unknown;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
  field: Immutable;
  entry: Immutable;
  /** The entry as it is now (the entry prop can be stale: Decap re-renders a widget only for its own value). */
  getEntry?(): Immutable;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}
type Valid = true | { error: { message: string } };
interface DecapGlobals {
  CMS: { registerWidget(name: string, control: unknown, preview?: unknown): void; registerLocale(locale: string, phrases: unknown): void; init(options: { config: unknown }): void };
  createClass(spec: Record<string, unknown>): unknown;
  h(type: unknown, props: Record<string, unknown> | null, ...children: unknown[]): unknown;
}

/** A YAML day read by Decap may arrive as a Date: show and keep it as the day written. */
export function asText(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return value === undefined || value === null ? '' : String(value);
}

/** The check every "vn-field" runs: the field's rule, and "required" said the schema's way. */
export function validateField(id: FieldId, value: unknown, mustFill: boolean): Valid {
  const text = asText(value);
  if (!text.trim()) return mustFill ? { error: { message: missingMessage(id) } } : true;
  const check = checkField(id, text);
  return check.ok ? true : { error: { message: check.reason } };
}

const INPUT_TYPE: Record<FieldRule['kind'], string> = { text: 'text', phone: 'tel', mapUrl: 'url', day: 'date', time: 'time', unitCode: 'text' };

export function registerWidgets({ CMS, createClass, h }: DecapGlobals, { wards }: { wards: WardShards }) {
  const input = (props: ControlProps, type: string, extra: Record<string, unknown> = {}) =>
    h('input', {
      id: props.forID,
      className: props.classNameWrapper,
      type,
      value: asText(props.value),
      autoComplete: 'off',
      onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
      onFocus: props.setActiveStyle,
      onBlur: props.setInactiveStyle,
      ...extra,
    });

  CMS.registerWidget(
    'vn-field',
    createClass({
      isValid(this: { props: ControlProps }): Valid {
        const own = validateField(this.props.field.get('rule') as FieldId, this.props.value, this.props.field.get('mustFill') === true);
        const after = this.props.field.get('afterField') as string | undefined;
        if (own !== true || !after) return own;
        // A rule across two fields of one list item (a session's end after its start): the item is
        // found in the current entry by this field's value (an identical item is equally wrong).
        const entry = (this.props.getEntry?.() ?? this.props.entry) as Immutable;
        const items = (entry.getIn(['data', this.props.field.get('inList') as string]) as { toJS?(): Record<string, unknown>[] } | undefined)?.toJS?.() ?? [];
        const end = asText(this.props.value);
        for (const item of items) {
          if (asText(item[this.props.field.get('name') as string]) !== end) continue;
          const problem = checkTimeRange(asText(item[after]), end);
          if (problem) return { error: { message: problem } };
        }
        return true;
      },
      render(this: { props: ControlProps }) {
        const rule = FIELD_RULES[this.props.field.get('rule') as FieldId] as FieldRule;
        if (rule.kind === 'text' && rule.multiline) {
          return h('textarea', { id: this.props.forID, className: this.props.classNameWrapper, value: asText(this.props.value), onChange: (e: { target: { value: string } }) => this.props.onChange(e.target.value) });
        }
        return input(this.props, INPUT_TYPE[rule.kind], rule.kind === 'text' ? { 'data-max': rule.max } : {});
      },
    }),
  );

  CMS.registerWidget(
    'vn-site-url',
    createClass({
      isValid(this: { props: ControlProps }): Valid {
        const check = checkSiteUrl(asText(this.props.value), this.props.entry.getIn(['data', 'basePath']) ?? '/');
        return check.ok ? true : { error: { message: check.reason } };
      },
      render(this: { props: ControlProps }) {
        return input(this.props, 'url');
      },
    }),
  );

  // The ward picker: type a name (with or without diacritics), choose; the code is what is stored.
  // The index comes in shards (src/lib/ward-shards.ts): a name's shard to search, a code's shard to name it.
  const source = shardSource(wards);
  /** The codes of each code shard fetched so far: what isValid can answer without waiting. */
  const listed = new Map<string, Set<string>>();
  const nameOf = async (code: string) => {
    const data = await source.forCode(code);
    listed.set(codeKey(code), new Set(data.u.map((u) => u[0])));
    const unit = data.u.find((u) => u[0] === code);
    return unit ? `${unit[1]}, ${data.p[unit[2]]}` : undefined;
  };
  CMS.registerWidget(
    'vn-ward',
    createClass({
      getInitialState() {
        return { query: '', hits: [], chosen: '' };
      },
      componentDidMount(this: { props: ControlProps; setState(s: object): void }) {
        const code = asText(this.props.value);
        if (code) void nameOf(code).then((name) => this.setState({ chosen: name ?? '' }), () => undefined);
      },
      isValid(this: { props: ControlProps }): Valid {
        const code = asText(this.props.value);
        if (!code) return { error: { message: 'Chưa chọn phường/xã. Sửa: gõ tên phường/xã rồi chọn trong danh sách.' } };
        const check = checkField('unit.code', code);
        if (!check.ok) return { error: { message: check.reason } };
        // Decap treats a promise as "still checking" and blocks saving: answer from the code's shard
        // if it was fetched (the build checks the code against the list again).
        if (listed.get(codeKey(code))?.has(code) === false) return { error: { message: `Mã "${code}" không phải phường/xã/đặc khu hiện nay. Sửa: gõ tên rồi chọn lại.` } };
        return true;
      },
      render(this: { props: ControlProps; state: { query: string; hits: { code: string; label: string }[]; chosen: string }; setState(s: object): void }) {
        const code = asText(this.props.value);
        const search = async (query: string) => {
          this.setState({ query });
          if (query.trim().length < 2) return this.setState({ hits: [] });
          const { hits: found } = await findWards(source, query, 8).catch(() => ({ hits: [] }));
          const hits = found.flatMap((hit) => (hit.kind === 'current' ? [{ code: hit.code, label: `${hit.name}, ${hit.province}` }] : hit.targets.map((t) => ({ code: t.code, label: `${t.name} (nay gồm ${hit.name}, ${hit.district})` }))));
          this.setState({ hits: hits.slice(0, 8) });
        };
        return h(
          'div',
          { className: 'vn-ward' },
          h('p', { 'data-ward-chosen': '' }, code ? `Đã chọn: ${this.state.chosen || code} (mã ${code})` : 'Chưa chọn phường/xã.'),
          h('input', {
            id: this.props.forID,
            className: this.props.classNameWrapper,
            type: 'search',
            placeholder: 'Gõ tên phường/xã, ví dụ Xuân Hòa hoặc xuan hoa',
            value: this.state.query,
            autoComplete: 'off',
            onChange: (e: { target: { value: string } }) => void search(e.target.value),
          }),
          h(
            'ul',
            { className: 'vn-ward-hits' },
            ...this.state.hits.map((hit) =>
              h('li', { key: hit.code }, h('button', { type: 'button', onClick: () => (this.props.onChange(hit.code), this.setState({ chosen: hit.label, hits: [], query: '' })) }, hit.label)),
            ),
          ),
        );
      },
    }),
  );

  // The unit's official name, kept in step with the chosen code (the build checks it matches).
  CMS.registerWidget(
    'vn-ward-name',
    createClass({
      sync(this: { props: ControlProps }) {
        const code = asText(this.props.entry.getIn(['data', 'code']));
        if (!code) return;
        void source.forCode(code).then(
          (data) => {
            const name = data.u.find((u) => u[0] === code)?.[1];
            if (name && name !== this.props.value) this.props.onChange(name);
          },
          () => undefined,
        );
      },
      // Decap re-renders a widget only when its own value changes; this one follows the code beside it.
      shouldComponentUpdate(this: { props: ControlProps }, next: ControlProps) {
        return next.value !== this.props.value || next.entry?.getIn(['data', 'code']) !== this.props.entry?.getIn(['data', 'code']);
      },
      componentDidMount(this: { sync(): void }) {
        this.sync();
      },
      componentDidUpdate(this: { sync(): void }) {
        this.sync();
      },
      render(this: { props: ControlProps }) {
        return h('p', { id: this.props.forID }, asText(this.props.value) || '(chọn phường/xã ở trên)');
      },
    }),
  );
}
