// @vitest-environment happy-dom
/**
 * Fuzzing the label reader on generated DOM trees: tables with odd spans,
 * label elements pointing anywhere, aria references, layui items, dl lists,
 * hidden parts, deep nesting, text of platform words and punctuation. The
 * scan, every control's label and the step detection must never throw and
 * take under a second per page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectFields } from '../../lib/page/fields';
import { inferLabel, resetLabelCache } from '../../lib/page/labels';
import { detectStep } from '../../lib/page/step';
import { DOM_RETAINED_MB_PER_INPUT, fuzz, jsonCodec, RUNS } from './harness';

const TIMEOUT = Math.max(60_000, RUNS * 20);

/** A node of a generated page: a tag, attributes and children, or text. */
type Tree = { tag: string; attrs: Array<[string, string]>; children: Tree[] } | { text: string };

const WORDS = [
  '姓名',
  '身份证号',
  '手机号码',
  '本人述职',
  '专业工作年限',
  '考核情况',
  '受理点',
  '*',
  '：',
  '（',
  '）',
  '请选择',
  '下一步',
  '填写申报信息',
  '上传证件照',
  ' ',
  '\u3000',
  '：*',
  '<b>',
  '1',
  '',
];
const CONTAINERS = [
  'div',
  'span',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'label',
  'p',
  'dl',
  'dt',
  'dd',
  'ul',
  'li',
  'fieldset',
  'legend',
  'font',
  'form',
  'section',
  'h3',
  'b',
  'details',
  'summary',
  'x-widget',
];
const CONTROLS = ['input', 'select', 'textarea', 'button', 'option'];
const IDS = ['a', 'b', 'c', 'x', 'column19', ''];

const attr: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constantFrom('id', 'for', 'name', 'aria-labelledby'), fc.constantFrom(...IDS, 'a b', 'missing')),
  fc.tuple(fc.constantFrom('colspan', 'rowspan'), fc.constantFrom('0', '1', '2', '3', '-1', 'abc', '99999')),
  fc.tuple(fc.constant('type'), fc.constantFrom('text', 'radio', 'checkbox', 'file', 'hidden', 'date', 'password', 'submit', 'weird')),
  fc.tuple(fc.constantFrom('placeholder', 'aria-label', 'title', 'value'), fc.constantFrom(...WORDS)),
  fc.tuple(
    fc.constantFrom('class'),
    fc.constantFrom(
      'layui-form-label',
      'layui-input-block',
      'layui-form-item',
      'layui-form-select',
      'xselect',
      'el-radio__original',
      'webuploader-pick',
      'tdl',
    ),
  ),
  fc.tuple(fc.constantFrom('hidden', 'disabled', 'readonly', 'open'), fc.constant('')),
  fc.tuple(fc.constant('style'), fc.constantFrom('display:none', 'visibility:hidden', 'opacity:0', 'position:absolute;left:-9999px', '')),
);

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join('')) }),
    fc.record({ tag: fc.constantFrom(...CONTROLS), attrs: fc.array(attr, { maxLength: 4 }), children: fc.constant<Tree[]>([]) }),
    fc.record({
      tag: fc.constantFrom(...CONTAINERS),
      attrs: fc.array(attr, { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 5 }),
    }),
  ),
})).node;

function build(node: Tree, doc: Document): Node {
  if ('text' in node) return doc.createTextNode(node.text);
  const el = doc.createElement(node.tag);
  for (const [name, value] of node.attrs) el.setAttribute(name, value);
  for (const child of node.children) {
    try {
      el.append(build(child, doc));
    } catch {
      // a tree the DOM refuses (e.g. a node into itself): leave that child out
    }
  }
  return el;
}

describe('fuzz: the label reader on generated pages', () => {
  it(
    'collectFields, inferLabel and detectStep never throw',
    () => {
      const page = fc.array(tree, { minLength: 1, maxLength: 6 });
      const report = fuzz(
        'labels',
        page,
        jsonCodec<Tree[]>(),
        (nodes) => {
          document.body.replaceChildren(...nodes.map((node) => build(node, document)));
          resetLabelCache();
          const fields = collectFields(document, { cap: 200 });
          for (const control of document.querySelectorAll('input, select, textarea')) {
            const label = inferLabel(control);
            if (label) expect(label.text.length).toBeLessThanOrEqual(200);
          }
          detectStep(document, fields);
        },
        { retainedMbPerInput: DOM_RETAINED_MB_PER_INPUT },
      );
      expect(report.inputs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT,
  );
});
