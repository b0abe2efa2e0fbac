// Runs in the page: test/browser/audit.ts reads this file as text and evaluates it there (plain JavaScript, so
// that the test runner's TypeScript transform, which adds helpers the page does not have, never touches it).
({
  contrastFailures() {
    const parse = (c) => {
      const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(c);
      if (!m) return null;
      const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
      return [Number(m[1]), Number(m[2]), Number(m[3]), a];
    };
    const over = (top, under) => {
      const a = top[3] + under[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i) => (top[i] * top[3] + under[i] * under[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]) => {
      const lin = (v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const failures = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest('svg') || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      const field = el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.value : '';
      const text = (own || field).slice(0, 60);
      if (!text) continue;
      const style = getComputedStyle(el);
      const fg = parse(style.color);
      if (!fg) {
        failures.push({ text, problem: `unreadable color ${style.color}` });
        continue;
      }
      // Backgrounds from the element outwards until an opaque one (the page is white beneath all).
      const layers = [];
      let opacity = 1;
      for (let n = el; n; n = n.parentElement) {
        const s = getComputedStyle(n);
        opacity *= Number(s.opacity);
        const bg = parse(s.backgroundColor);
        if (!bg) {
          failures.push({ text, problem: `unreadable background ${s.backgroundColor}` });
          break;
        }
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      let back = [255, 255, 255, 1];
      for (const l of layers.reverse()) back = over(l, back);
      const shown = over([fg[0], fg[1], fg[2], fg[3] * opacity], back);
      const [hi, lo] = [luminance(shown), luminance(back)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const needed = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700) ? 3 : 4.5;
      if (ratio < needed)
        failures.push({
          text,
          problem: `contrast ${ratio.toFixed(2)} < ${needed}: ${style.color} on rgb(${back
            .slice(0, 3)
            .map((v) => Math.round(v))
            .join(',')})`,
        });
    }
    return failures;
  },

  layoutProblems() {
    const problems = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width} px`);
    const name = (el) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (!el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      // Placed off-screen until focused (a skip link): not part of the layout.
      if (r.right <= 0 && getComputedStyle(el).position === 'absolute') continue;
      const control = el.matches('button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])');
      const block = control || el.matches('svg, section, ol, li, article, form, header');
      if (block && !el.closest('svg') && (r.right > width + 0.5 || r.left < -0.5))
        problems.push(`${name(el)} lies beyond the screen: ${Math.round(r.left)}..${Math.round(r.right)} px`);
      const inlineLink = el.tagName === 'A' && getComputedStyle(el).display === 'inline';
      if (control && !inlineLink && !el.closest('svg') && (r.width < 24 || r.height < 24))
        problems.push(`${name(el)} is too small to tap: ${Math.round(r.width)}x${Math.round(r.height)} px`);
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (own && !el.closest('svg') && Number.parseFloat(getComputedStyle(el).fontSize) < 12)
        problems.push(`${name(el)} has text under 12 px`);
    }
    return problems;
  },
});
