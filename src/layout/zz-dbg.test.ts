import { it } from 'vitest';
import { blocksOf, bodySize } from './blocks.js';
import { linesOf } from './lines.js';
import { regionsOf } from './stories.js';
import { layoutPage } from './index.js';
import type { TextRun } from './model.js';
it('dbg', () => {
  const runs: TextRun[] = [{"y":-12,"height":12,"fontSize":12,"font":"Serif","bold":false,"dir":"ltr","text":"a","x":12.25,"width":40},{"text":"a","x":0,"y":0,"width":0,"height":60,"fontSize":60,"font":"Serif","bold":false,"dir":"ltr"},{"text":"a","x":0,"y":55,"width":0,"height":5,"fontSize":5,"font":"Serif","bold":false,"dir":"ltr"},{"text":"aa","x":0,"y":-10,"width":0,"height":10,"fontSize":10,"font":"Serif","bold":false,"dir":"ltr"},{"text":"a","x":4.5,"y":0,"width":10.5,"height":10.5,"fontSize":10.5,"font":"Serif","bold":false,"dir":"ttb"}];
  const { lines, copies } = linesOf(runs);
  const body = bodySize(lines.filter((l) => !l.vertical && !l.rotated));
  const blocks = blocksOf(lines);
  console.log(body, copies.length, blocks.map((b) => [b.lines.map((l) => l.text).join('|'), b.size, b.x0, b.x1, b.top, b.bottom, b.vertical]));
  const r = regionsOf(blocks, body);
  console.log(JSON.stringify({ s: r.stories.map((s) => [s.title?.blocks.map((b) => b.lines.map((l) => l.text)), s.asides.map((b) => b.lines[0]!.text), s.blocks.map((b) => b.lines.map((l) => l.text))]), u: r.untitled.map((u) => u.map((b) => b.lines[0]!.text)), f: r.furniture.map((b) => b.lines[0]!.text) }));
  console.log(JSON.stringify(layoutPage({ width: 612, height: 792, runs }).lines));
});
