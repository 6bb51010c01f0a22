/**
 * 选择相关业绩 (guide 二.4): the rows ticked in the achievements table, read
 * by their column captions, checked for count and team projects. Hints go
 * after the table; each team project gets its own line.
 *
 * Steps: achievements.
 * Replica: tests/site/public/028/client/declare/achieve.jsp
 */
import { checkAchievements } from '../rules';
import type { SelectedAchievement } from '../rules/types';
import type { FeatureDefinition } from '../assistant/feature';
import type { PlacedFinding } from '../assistant/hints';
import { isOwn } from '../assistant/own';
import { HintRows } from '../attachments/hint-rows';
import { cleanText } from '../page/controls';

/** Column captions, as data: which header cell holds what. */
const COLUMNS = {
  title: /名称|题目|标题|课题/,
  rank: /排名|排序|位次/,
  collective: /集体/,
  authors: /作者|完成人|参与人|成员/,
} as const;

type Column = keyof typeof COLUMNS;

const YES = /^(是|集体|y|yes|√|✓|✔)/i;
const NO = /^(否|个人|非|n|no|×|✗)/i;

export const achievementsFeature: FeatureDefinition = {
  steps: ['achievements'],
  init(ctx, signal) {
    const rows = new HintRows(ctx.doc, 'zcps-achievement-hints');
    signal.addEventListener('abort', () => rows.remove());
    const run = () => {
      const table = findAchievementTable(ctx.doc);
      if (!table) {
        rows.keep(new Set());
        ctx.report([]);
        return;
      }
      const findings = checkAchievements({ selected: readSelected(table) }, ctx.plan);
      rows.placeAfter(table);
      const used = new Set<string>();
      const placed: PlacedFinding[] = findings.map((finding) => {
        if (finding.ruleId !== 'achievement.collective') return { finding, anchor: table };
        const title = String(finding.data?.title ?? '');
        used.add(title);
        return { finding, anchor: rows.anchor(title) };
      });
      rows.keep(used);
      ctx.report(placed);
    };
    ctx.onFieldEvent(run);
    ctx.onRescan(run);
    run();
  },
};

/** The table's own rows (not those of a table nested in a cell). */
function rowsOf(table: HTMLTableElement): Element[] {
  return Array.from(table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr, :scope > tfoot > tr, :scope > tr'));
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');
}

/** The row's own tick box: the first checkbox of a body row. */
function rowBox(row: Element): HTMLInputElement | null {
  return row.querySelector<HTMLInputElement>('input[type=checkbox]');
}

function bodyRows(table: HTMLTableElement): Element[] {
  return rowsOf(table).filter((row) => row.parentElement?.tagName !== 'THEAD' && !row.querySelector('th') && rowBox(row));
}

/** The table with the most ticked-able rows (a 全选 header box does not count). */
export function findAchievementTable(doc: Document): HTMLTableElement | undefined {
  let best: HTMLTableElement | undefined;
  let most = 0;
  for (const table of doc.querySelectorAll('table')) {
    if (isOwn(table)) continue;
    const count = bodyRows(table).length;
    if (count > most) {
      best = table;
      most = count;
    }
  }
  return best;
}

/** Column index per meaning, from the header row (thead, or the first row with th cells). */
function columnsOf(table: HTMLTableElement): Partial<Record<Column, number>> {
  const header = rowsOf(table).find((row) => row.parentElement?.tagName === 'THEAD' || row.querySelector('th'));
  const found: Partial<Record<Column, number>> = {};
  if (!header) return found;
  cellsOf(header).forEach((cell, index) => {
    const text = cleanText(cell.textContent);
    for (const column of Object.keys(COLUMNS) as Column[]) {
      if (found[column] === undefined && COLUMNS[column].test(text)) {
        found[column] = index;
        break;
      }
    }
  });
  return found;
}

/** The ticked rows as the rule's input. */
export function readSelected(table: HTMLTableElement): SelectedAchievement[] {
  const columns = columnsOf(table);
  const selected: SelectedAchievement[] = [];
  for (const row of bodyRows(table)) {
    if (!rowBox(row)?.checked) continue;
    const cell = (column: Column) => {
      const index = columns[column];
      return index === undefined ? '' : cleanText(cellsOf(row)[index]?.textContent);
    };
    const item: SelectedAchievement = { title: cell('title') || longestText(row) };
    const rank = /(\d+)(?:\s*\/\s*(\d+))?/.exec(cell('rank'));
    if (rank) item.rank = Number(rank[1]);
    const collective = cell('collective');
    if (YES.test(collective)) item.collective = true;
    else if (NO.test(collective)) item.collective = false;
    const authors = authorCount(cell('authors')) ?? (rank?.[2] ? Number(rank[2]) : undefined);
    if (authors !== undefined) item.authors = authors;
    selected.push(item);
  }
  return selected;
}

/** "5" or "5人" is a count; "张三、李四" a list of names. */
function authorCount(text: string): number | undefined {
  if (text === '') return undefined;
  const number = /^(\d+)\s*(?:人|位|名)?$/.exec(text);
  if (number) return Number(number[1]);
  return text.split(/[,，、;；\s]+/).filter(Boolean).length;
}

/** Without a 名称 column, the row's longest cell names it. */
function longestText(row: Element): string {
  let best = '';
  for (const cell of cellsOf(row)) {
    const text = cleanText(cell.textContent);
    if (text.length > best.length) best = text;
  }
  return best;
}
