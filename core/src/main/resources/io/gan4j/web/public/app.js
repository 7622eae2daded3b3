// gan4j dashboard: settings form, controls, and the live view of one session's frames (server-sent events).
const $ = (s) => document.querySelector(s);
const form = $('#settings');
const state = { options: null, session: null, source: null, still: null, frame: null, upload: null, lossPlot: null,
  metricPlot: null, loss: [[], [], []], metricKeys: [], metricData: null, frames: 0, map: null };
window.gan4j = state; // for the browser tests and the curious

async function api(method, path, body) {
  const res = await fetch(path, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)) });
  const json = await res.json().catch(() => ({ error: res.status + ' ' + res.statusText }));
  if (!res.ok) throw Object.assign(new Error(json.error || res.statusText), { fields: json.fields || {}, status: res.status });
  return json;
}

function decodeBytes(b64) { const s = atob(b64); const a = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i); return a; }
function decodeFloats(b64) { return new Float32Array(decodeBytes(b64).buffer); }
function bit(bytes, i) { return (bytes[i >> 3] >> (i & 7)) & 1; }

// A frame writes to the page only what changed: every write makes the browser lay out and repaint, and at twenty
// frames a second rewriting unchanged text took the browser more time than drawing the scatter (measured).
function setText(el, text) { if (el.textContent !== text) el.textContent = text; }
function setClass(el, name) { if (el.className !== name) el.className = name; }

// ---- settings form ----
function fields() { return [...form.querySelectorAll('[name]')].filter((e) => e.name !== 'preset'); }

function fill(values) {
  for (const el of fields()) {
    if (!(el.name in values)) continue;
    if (el.type === 'checkbox') el.checked = values[el.name] === 'true';
    else el.value = values[el.name];
  }
  showKinds();
}

function collect() {
  const settings = {};
  for (const el of fields()) settings[el.name] = el.type === 'checkbox' ? String(el.checked) : el.value.trim();
  return { preset: $('#preset').value, settings, upload: settings['data.kind'] === 'csv' ? state.upload : null };
}

function showKinds() {
  const kind = form.elements['data.kind'].value, obj = form.elements['objective.kind'].value;
  for (const el of form.querySelectorAll('[class*="kind-"]')) el.hidden = !el.classList.contains('kind-' + kind);
  for (const el of form.querySelectorAll('[class*="obj-"]')) {
    el.hidden = !(el.classList.contains('obj-' + obj) || (obj === 'minimax' && el.classList.contains('obj-bce')));
  }
}

function clearErrors() {
  form.querySelectorAll('.field-error').forEach((e) => e.remove());
  form.querySelectorAll('.invalid').forEach((e) => e.classList.remove('invalid'));
  $('#form-error').textContent = '';
}

function showErrors(err) {
  clearErrors();
  let placed = false;
  for (const [key, message] of Object.entries(err.fields || {})) {
    const el = form.elements[key] || (key === 'upload' ? $('#upload') : null);
    if (!el) continue;
    el.classList.add('invalid');
    const note = document.createElement('div');
    note.className = 'error field-error';
    note.dataset.for = key;
    note.textContent = message;
    el.closest('label').after(note);
    placed = true;
  }
  if (!placed) $('#form-error').textContent = err.message;
}

async function loadPreset(name) {
  fill(await api('GET', '/api/presets/' + encodeURIComponent(name)));
  $('#preset-description').textContent = state.options.presets[name] || '';
  clearErrors();
}

let formulaTimer = null;
function checkFormula() {
  clearTimeout(formulaTimer);
  formulaTimer = setTimeout(async () => {
    const input = form.elements['data.formula'];
    const r = await api('POST', '/api/formula', { formula: input.value });
    const out = $('#formula-error');
    input.classList.toggle('invalid', !r.ok);
    out.textContent = r.ok ? '' : input.value + '\n' + ' '.repeat(Math.max(0, r.position)) + '^ ' + r.message;
  }, 120);
}

async function upload(file) {
  const info = $('#upload-info');
  try {
    const r = await api('POST', '/api/uploads', await file.text());
    state.upload = r.upload;
    info.textContent = `${file.name}: ${r.rows} rows, columns ${r.columns.join(', ')}`;
    clearErrors();
  } catch (e) {
    state.upload = null;
    info.textContent = '';
    showErrors(e);
  }
}

async function start(event) {
  if (event) event.preventDefault();
  try {
    const s = await api('POST', '/api/sessions', collect());
    clearErrors();
    await refreshSessions(s.id);
    join(s.id);
  } catch (e) {
    showErrors(e);
  }
}

// ---- sessions and controls ----
async function refreshSessions(select) {
  const list = await api('GET', '/api/sessions');
  const sel = $('#session');
  sel.innerHTML = '<option value="">(none)</option>' + list.map((s) => `<option value="${s.id}">${s.id}: ${s.name} (${s.status})</option>`).join('');
  if (select) sel.value = select;
  return list;
}

async function control(action, extra = {}) {
  if (!state.session) return;
  $('#control-error').textContent = '';
  try {
    await api('POST', `/api/sessions/${state.session}/control`, { action, ...extra });
  } catch (e) {
    $('#control-error').textContent = e.message;
  }
}

async function steer(key, input) {
  const note = input.parentElement.querySelector('.error');
  try {
    await api('POST', `/api/sessions/${state.session}/steer`, { key, value: input.value.trim() });
    delete input.dataset.dirty;
    input.classList.remove('invalid');
    note.textContent = '';
  } catch (e) {
    input.classList.add('invalid');
    note.textContent = (e.fields && e.fields[key]) || e.message;
  }
}

function buildSteerFields(settings) {
  const box = $('#steer-fields');
  box.innerHTML = '';
  for (const [key, value] of Object.entries(settings || {})) {
    const label = document.createElement('label');
    label.innerHTML = `${key} <input data-key="${key}"><div class="error"></div>`;
    const input = label.querySelector('input');
    input.value = value;
    // A value being typed is not overwritten by the frames' current one until it is sent.
    input.addEventListener('input', () => { input.dataset.dirty = '1'; });
    input.addEventListener('change', () => steer(key, input));
    box.append(label);
  }
}

function updateSteerFields(settings, changes) {
  for (const input of document.querySelectorAll('#steer-fields input')) {
    if (document.activeElement !== input && !input.dataset.dirty && !input.classList.contains('invalid') && settings && input.dataset.key in settings) {
      if (input.value !== settings[input.dataset.key]) input.value = settings[input.dataset.key];
    }
  }
  setText($('#steer-log'), changes ? `${changes} change${changes === 1 ? '' : 's'} recorded in steering.csv` : '');
}

// ---- the live view ----
function join(id) {
  if (state.source) state.source.close();
  state.session = id || null;
  state.frames = 0;
  if (!id) return;
  const source = new EventSource(`/api/sessions/${id}/events`);
  state.source = source;
  source.addEventListener('hello', (e) => hello(JSON.parse(e.data)));
  source.addEventListener('frame', (e) => frame(JSON.parse(e.data)));
}

function hello(h) {
  state.still = h;
  state.frame = null;
  state.map = null;
  $('#folder').textContent = h.folder;
  $('#scatter').hidden = h.kind !== 'points';
  $('#metrics').hidden = true;
  $('#layers').hidden = h.kind !== 'points';
  $('#images').hidden = h.kind !== 'images';
  if (h.kind === 'points') {
    state.still.realXY = decodeFloats(h.real);
    blankScatter();
  } else {
    drawImages($('#real-grid'), decodeBytes(h.realImages), h.imageShape);
  }
  state.loss = [[], [], []];
  for (const p of h.history) { state.loss[0].push(p[0]); state.loss[1].push(p[1]); state.loss[2].push(p[2]); }
  state.metricKeys = [];
  state.metricData = null;
  makeLossPlot();
  buildSteerFields(null);
}

function frame(f) {
  state.frames++;
  state.lastFrameAt = performance.now();
  if (state.frames === 1) state.firstFrameAt = state.lastFrameAt;
  if (f.settings && !$('#steer-fields').children.length) buildSteerFields(f.settings);
  if (!state.frame || state.frame.status !== f.status) refreshSessions(state.session);
  state.frame = f;
  if (f.map) state.map = decodeBytes(f.map); // D's map comes with every second frame; the last one stays behind the points
  const st = $('#status');
  setText(st, f.status + (f.message && f.status !== 'running' ? ': ' + f.message : ''));
  setClass(st, 'status ' + f.status);
  if (due('counters')) {
    setText($('#iteration'), `iteration ${(f.iteration ?? 0).toLocaleString('en')} of ${(f.total ?? 0).toLocaleString('en')}`);
    setText($('#speed'), `${f.itPerSec ?? 0} it/s`);
  }
  setText($('#play'), f.status === 'running' ? '❚❚ pause' : '▶ play');
  updateSteerFields(f.settings, f.changes);
  if (f.loss) addLoss(f.loss);
  if (f.metrics) addMetrics(f.iteration, f.metrics);
  scheduleDraw();
}

// Counters and charts are redrawn a few times a second while training runs, at every frame otherwise: nobody reads a
// number that changes twenty times a second, and each rewrite costs the browser, which shares the machine with
// training, a layout and a paint (the counters alone cost it 0.04 cores at twenty frames a second, measured).
const READOUT_MS = 250;
const drawnAt = {};
function due(what) {
  if (!state.frame || state.frame.status !== 'running') return true;
  const now = performance.now();
  if (now - (drawnAt[what] ?? -Infinity) < READOUT_MS) return false;
  drawnAt[what] = now;
  return true;
}

// Drawing waits for the browser's next paint: frames that arrive between two paints (or while the tab is hidden)
// are not drawn for nothing.
let drawPending = false;
function scheduleDraw() {
  if (drawPending) return;
  drawPending = true;
  requestAnimationFrame(() => {
    drawPending = false;
    const f = state.frame, s = state.still;
    if (!f || !s) return;
    if (s.kind === 'points' && f.fake) drawScatter();
    if (s.kind === 'images' && f.images) drawImages($('#fake-grid'), decodeBytes(f.images), s.imageShape);
  });
}

// The scatter, cleared to white. Its context is opaque, cheaper for the browser to composite (measured), and black
// until something is drawn.
function blankScatter() {
  const canvas = $('#scatter'), ctx = canvas.getContext('2d', { alpha: false });
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return ctx;
}

function drawImages(canvas, bytes, shape) {
  const [c, h, w] = shape, n = bytes.length / (c * h * w), cols = Math.ceil(Math.sqrt(n)), rows = Math.ceil(n / cols);
  canvas.width = cols * (w + 1) + 1;
  canvas.height = rows * (h + 1) + 1;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#888';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const img = ctx.createImageData(w, h);
  for (let k = 0; k < n; k++) {
    for (let p = 0; p < h * w; p++) {
      for (let ch = 0; ch < 3; ch++) img.data[p * 4 + ch] = bytes[k * c * h * w + (c === 3 ? ch * h * w : 0) + p];
      img.data[p * 4 + 3] = 255;
    }
    ctx.putImageData(img, 1 + (k % cols) * (w + 1), 1 + Math.floor(k / cols) * (h + 1));
  }
}

const CLASS_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

function drawScatter() {
  const ctx = blankScatter(), f = state.frame, s = state.still;
  const [x0, x1, y0, y1] = s.extent, W = ctx.canvas.width, H = ctx.canvas.height;
  const px = (x) => ((x - x0) / (x1 - x0)) * W, py = (y) => H - ((y - y0) / (y1 - y0)) * H;
  if (state.map && $('#show-map').checked) drawMap(ctx, state.map, s.grid, W, H);
  const fake = decodeFloats(f.fake), fooled = decodeBytes(f.fooled), push = f.push ? decodeFloats(f.push) : null;
  ctx.drawImage(realLayer(s, W, H, px, py), 0, 0);
  if (f.manifold && $('#show-manifold').checked) drawManifold(ctx, decodeFloats(f.manifold), s.latentSize, px, py);
  if (push && $('#show-push').checked) drawPush(ctx, fake, push, px, py, W, H);
  dots(ctx, fake, px, py, 2.6, (k) => (s.fakeLabels ? CLASS_COLOURS[s.fakeLabels[k] % 10] : (bit(fooled, k) ? '#f28e2b' : '#4e79a7')), false);
  ctx.fillStyle = '#444';
  ctx.font = '12px system-ui';
  ctx.fillText(`${s.columns[0]} from ${x0.toFixed(2)} to ${x1.toFixed(2)}, ${s.columns[1]} from ${y0.toFixed(2)} to ${y1.toFixed(2)}`, 6, H - 6);
}

// The real points never change during a session: drawn once into a layer of their own, copied at each paint.
let realCache = { still: null, W: 0, H: 0, canvas: null };
function realLayer(s, W, H, px, py) {
  if (realCache.still !== s || realCache.W !== W || realCache.H !== H) {
    const layer = document.createElement('canvas');
    layer.width = W; layer.height = H;
    // One path per colour: a fill per point would cost the browser more than training a step costs the server.
    dots(layer.getContext('2d'), s.realXY, px, py, 2.2, (k) => (s.realLabels ? CLASS_COLOURS[s.realLabels[k] % 10] : 'rgba(46,157,74,0.6)'), true);
    realCache = { still: s, W, H, canvas: layer };
  }
  return realCache.canvas;
}

function dots(ctx, xy, px, py, r, colourOf, hollow) {
  const byColour = new Map();
  for (let i = 0; i < xy.length; i += 2) {
    const x = px(xy[i]), y = py(xy[i + 1]);
    if (!isFinite(x) || !isFinite(y)) continue;
    const c = colourOf(i / 2);
    if (!byColour.has(c)) byColour.set(c, []);
    byColour.get(c).push(x, y);
  }
  for (const [colour, points] of byColour) {
    ctx.beginPath();
    for (let i = 0; i < points.length; i += 2) {
      ctx.moveTo(points[i] + r, points[i + 1]);
      ctx.arc(points[i], points[i + 1], r, 0, 2 * Math.PI);
    }
    if (hollow) { ctx.strokeStyle = colour; ctx.stroke(); } else { ctx.fillStyle = colour; ctx.fill(); }
  }
}

// D's decision as a colour, for each of the 255 levels a frame sends (255 itself: no value): white-blue for "fake",
// green for "real". Built once; a map is then one lookup per cell into a reused image.
const MAP_COLOURS = (() => {
  const lut = new Uint8ClampedArray(256 * 4);
  for (let v = 0; v < 256; v++) {
    const t = v / 254, rgb = v === 255 ? [200, 200, 200] : [255 - 60 * t - 40 * (1 - t), 255 - 20 * t - 25 * (1 - t), 255 - 60 * t];
    lut.set([Math.round(rgb[0]), Math.round(rgb[1]), Math.round(rgb[2]), 255], v * 4);
  }
  return lut;
})();
let mapCache = { n: 0, canvas: null, image: null };

function drawMap(ctx, values, n, W, H) {
  if (mapCache.n !== n) {
    const canvas = document.createElement('canvas');
    canvas.width = n; canvas.height = n;
    mapCache = { n, canvas, image: canvas.getContext('2d').createImageData(n, n) };
  }
  const data = mapCache.image.data;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const o = ((n - 1 - j) * n + i) * 4, c = values[j * n + i] * 4;
      data[o] = MAP_COLOURS[c]; data[o + 1] = MAP_COLOURS[c + 1]; data[o + 2] = MAP_COLOURS[c + 2]; data[o + 3] = 255;
    }
  }
  mapCache.canvas.getContext('2d').putImageData(mapCache.image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(mapCache.canvas, 0, 0, W, H);
}

function drawManifold(ctx, pts, latentSize, px, py) {
  ctx.strokeStyle = 'rgba(120,60,160,0.55)';
  ctx.lineWidth = 1;
  const line = (idx) => { ctx.beginPath(); idx.forEach((k, m) => (m ? ctx.lineTo : ctx.moveTo).call(ctx, px(pts[2 * k]), py(pts[2 * k + 1]))); ctx.stroke(); };
  const count = pts.length / 2;
  if (latentSize === 1) { line([...Array(count).keys()]); return; }
  const n = Math.round(Math.sqrt(count));
  for (let r = 0; r < n; r++) { line([...Array(n).keys()].map((c) => r * n + c)); line([...Array(n).keys()].map((c) => c * n + r)); }
}

function drawPush(ctx, fake, push, px, py, W, H) {
  let longest = 0;
  const len = [];
  for (let i = 0; i < push.length; i += 2) {
    const dx = px(fake[i] + push[i]) - px(fake[i]), dy = py(fake[i + 1] + push[i + 1]) - py(fake[i + 1]);
    const l = Math.hypot(dx, dy);
    len.push([dx, dy, l]);
    if (isFinite(l)) longest = Math.max(longest, l);
  }
  if (!(longest > 0)) return;
  const scale = Math.min(W, H) * 0.06 / longest;
  ctx.strokeStyle = 'rgba(90,90,90,0.5)';
  ctx.beginPath();
  for (let k = 0; k < len.length; k++) {
    const [dx, dy] = len[k], x = px(fake[2 * k]), y = py(fake[2 * k + 1]);
    if (!isFinite(x + y + dx + dy)) continue;
    ctx.moveTo(x, y);
    ctx.lineTo(x + dx * scale, y + dy * scale);
  }
  ctx.stroke();
}

// ---- charts ----
function chartWidth() { return 420; }

function makeLossPlot() {
  if (state.lossPlot) state.lossPlot.destroy();
  const critic = state.still && state.still.settings && /wasserstein|wgan_gp|hinge/.test(state.still.settings['objective.kind'] || '');
  state.lossPlot = new uPlot({ title: 'losses (mean since the frame before)', width: chartWidth(), height: 220,
    scales: { x: { time: false } },
    series: [{ label: 'iteration' }, { label: critic ? 'critic loss' : 'D loss', stroke: '#4e79a7' }, { label: 'G loss', stroke: '#f28e2b' }] },
  state.loss, $('#loss-chart'));
  if (state.metricPlot) { state.metricPlot.destroy(); state.metricPlot = null; }
  $('#metrics').textContent = '';
}

function addLoss(p) {
  for (let k = 0; k < 3; k++) state.loss[k].push(p[k]);
  if (state.loss[0].length > 4000) for (let k = 0; k < 3; k++) state.loss[k] = state.loss[k].filter((_, i) => i % 2 === 1);
  if (!due('loss')) return;
  state.lossPlot.setData(state.loss);
}

function addMetrics(iteration, metrics) {
  const keys = Object.keys(metrics).filter((k) => typeof metrics[k] === 'number');
  if ($('#metrics').hidden !== !keys.length) $('#metrics').hidden = !keys.length;
  setText($('#metrics'), keys.length ? 'latest metrics\n' + keys.map((k) => `${k}: ${Number(metrics[k]).toPrecision(4)}`).join('\n') : '');
  if (!keys.length) return;
  const shown = keys.filter((k) => /energy|residual|coverage|modes|fid|fcd|frechet/i.test(k)).slice(0, 4);
  if (!shown.length) return;
  if (!state.metricPlot || shown.join() !== state.metricKeys.join()) {
    state.metricKeys = shown;
    state.metricData = [[], ...shown.map(() => [])];
    if (state.metricPlot) state.metricPlot.destroy();
    state.metricPlot = new uPlot({ title: 'quality', width: chartWidth(), height: 200, scales: { x: { time: false } },
      series: [{ label: 'iteration' }, ...shown.map((k, i) => ({ label: k, stroke: CLASS_COLOURS[(i + 2) % 10] }))] },
    state.metricData, $('#metric-chart'));
  }
  const d = state.metricData;
  if (d[0].length && d[0][d[0].length - 1] >= iteration) return;
  const same = d[0].length && shown.every((k, i) => d[i + 1][d[0].length - 1] === metrics[k]);
  if (same) return;
  d[0].push(iteration);
  shown.forEach((k, i) => d[i + 1].push(metrics[k]));
  state.metricPlot.setData(d);
}

// ---- wiring ----
async function init() {
  state.options = await api('GET', '/api/options');
  $('#preset').innerHTML = Object.entries(state.options.presets).map(([n, d]) => `<option value="${n}" title="${d}">${n}</option>`).join('');
  form.elements['data.kind'].innerHTML = state.options.dataKinds.map((k) => `<option>${k}</option>`).join('');
  await loadPreset(state.options.defaultPreset);
  $('#preset').addEventListener('change', () => loadPreset($('#preset').value));
  form.elements['data.kind'].addEventListener('change', showKinds);
  form.elements['objective.kind'].addEventListener('change', showKinds);
  form.elements['data.formula'].addEventListener('input', checkFormula);
  $('#upload').addEventListener('change', (e) => e.target.files[0] && upload(e.target.files[0]));
  form.addEventListener('submit', start);
  $('#session').addEventListener('change', (e) => join(e.target.value));
  $('#play').addEventListener('click', () => control(state.frame && state.frame.status === 'running' ? 'pause' : 'play'));
  for (const a of ['step', 'stepD', 'stepG', 'save', 'stop']) $('#' + a).addEventListener('click', () => control(a));
  $('#reset').addEventListener('click', async () => { await control('stop'); await start(); });
  $('#throttle').addEventListener('change', (e) => control('speed', { stepsPerSecond: Number(e.target.value) }));
  for (const id of ['#show-map', '#show-manifold', '#show-push']) $(id).addEventListener('change', () => state.frame && drawScatter());
  const list = await refreshSessions();
  const live = list.filter((s) => !/completed|stopped|diverged|failed/.test(s.status)).pop();
  if (live) { $('#session').value = live.id; join(live.id); }
}

init().catch((e) => { $('#form-error').textContent = 'cannot reach the server: ' + e.message; });
