// Opens `innograph view` pages in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core) and reports how long the page takes to be ready (its own timings: Cytoscape
// set up, layout, labels, first frame), the frame times while zooming with the wheel and
// dragging, the time to settle (labels placed and the view drawn sharp once it stops moving),
// and optionally saves a screenshot. Not part of the test suite: the numbers in
// README.md ("Seeing the graph") come from it.
//
//   npm install --prefix /tmp/pw playwright-core@1
//   NODE_PATH=/tmp/pw/node_modules node scripts/view_bench.js PAGE.html [--shot OUT.png]
//       [--search NAME] [--hover NAME] [--zoom FACTOR] [--size 1400x900] [--no-motion] [--eval JS]
const { chromium } = require('playwright-core');
const path = require('path');

async function main() {
  const args = process.argv.slice(2);
  const opt = { size: '1400x900' };
  const pages = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--')) {
      const key = args[i].slice(2);
      if (key === 'no-motion') opt.noMotion = true; else opt[key] = args[++i];
    } else pages.push(args[i]);
  }
  const [width, height] = opt.size.split('x').map(Number);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  for (const file of pages) {
    const page = await browser.newPage({ viewport: { width, height } });
    const errors = [];
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    const url = 'file://' + path.resolve(file) + (opt.search ? '#search=' + encodeURIComponent(opt.search) : '');
    const wall = Date.now();
    await page.goto(url, { timeout: 600000 });
    await page.waitForFunction(() => window.innographView && window.innographView.ready && window.innographView.timings.firstFrame, null, { timeout: 600000, polling: 100 });
    const loaded = Date.now() - wall;
    const info = await page.evaluate(() => {
      const v = window.innographView, cy = v.cy;
      return { nodes: cy.nodes().length, edges: cy.edges().length, labels: cy.nodes('.labelled').length, zoom: cy.zoom(),
        timings: Object.fromEntries(Object.entries(v.timings).map(([k, x]) => [k, Math.round(x)])) };
    });
    if (opt.hover) {
      const box = await page.evaluate(name => {
        const n = window.innographView.cy.nodes().filter(n => n.data('label') === name)[0];
        const p = n.renderedPosition(), r = document.getElementById('graph').getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      }, opt.hover);
      await page.mouse.move(box.x, box.y);
      await page.waitForTimeout(300);
    }
    if (opt.zoom) {
      await page.evaluate(f => { const cy = window.innographView.cy; cy.zoom({ level: cy.zoom() * Number(f), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); }, opt.zoom);
      await page.waitForTimeout(600);
    }
    if (opt.eval) await page.evaluate(opt.eval);
    let motion = null;
    if (!opt.noMotion) {
      // Frame times while the wheel zooms in and out, then while the mouse drags the view
      // (each 1.5 s, an event every 16 ms), recorded by requestAnimationFrame in the page.
      const r = await page.evaluate(() => { const b = document.getElementById('graph').getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; });
      const frames = async gesture => {
        await page.evaluate(() => { window.__frames = []; window.__stop = false; let last = performance.now();
          const tick = now => { window.__frames.push(now - last); last = now; if (!window.__stop) requestAnimationFrame(tick); };
          requestAnimationFrame(tick); });
        const t0 = Date.now();
        await gesture(t0);
        const f = await page.evaluate(() => { window.__stop = true; return window.__frames.slice(1); });
        const seconds = (Date.now() - t0) / 1000;
        f.sort((a, b) => a - b);
        const q = p => Math.round(f[Math.min(f.length - 1, Math.floor(p * f.length))]);
        return { fps: Math.round(f.length / seconds), median_ms: q(0.5), p95_ms: q(0.95), max_ms: q(1) };
      };
      await page.mouse.move(r.x, r.y);
      const wheel = await frames(async t0 => { for (let i = 0; Date.now() - t0 < 1500; i++) { await page.mouse.wheel(0, i % 40 < 20 ? -40 : 40); await page.waitForTimeout(16); } });
      await page.waitForTimeout(800);
      const drag = await frames(async t0 => {
        await page.mouse.down();
        for (let i = 0; Date.now() - t0 < 1500; i++) { await page.mouse.move(r.x + 200 * Math.sin(i / 10), r.y + 120 * Math.cos(i / 10)); await page.waitForTimeout(16); }
        await page.mouse.up();
      });
      await page.waitForTimeout(800);
      // Once the view stops moving: labels placed again and everything drawn sharp.
      const settle = await page.evaluate(async () => {
        const frame = () => new Promise(res => requestAnimationFrame(() => res()));
        const times = [];
        for (let i = 0; i < 5; i++) {
          await frame();
          const t = performance.now();
          window.innographView.placeLabels();
          window.innographView.cy.panBy({ x: i % 2 ? 1 : -1, y: 0 });
          await frame(); await frame();
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        return Math.round(times[2]);
      });
      motion = { wheel, drag, settle_ms: settle };
    }
    console.log(JSON.stringify({ file, loaded_ms: loaded, ...info, motion, errors }));
    if (opt.shot) {
      if (!opt.noMotion) await page.evaluate(() => window.innographView.fitView());
      await page.waitForTimeout(500);
      await page.screenshot({ path: opt.shot });
    }
    await page.close();
  }
  await browser.close();
}
main().catch(e => { console.error(e); process.exit(1); });
