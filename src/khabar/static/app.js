// khabar UI: plain JavaScript, no libraries, nothing fetched from outside this server.
// Every string from an article or the store reaches the page through textContent or
// setAttribute on a known attribute: never innerHTML, so article text cannot become markup.
"use strict";

const QUAD = {
  1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
  none: "not coded",
};
const QUAD_AR = { 1: "تعاون لفظي", 2: "تعاون مادي", 3: "صراع لفظي", 4: "صراع مادي", none: "" };
const SVG_NS = "http://www.w3.org/2000/svg";

// -- building elements -------------------------------------------------------------------

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  setProps(node, props);
  append(node, children);
  return node;
}

function svg(tag, props, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value !== undefined && value !== null) node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function setProps(node, props) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "href") node.setAttribute("href", safeHref(value));
    else node.setAttribute(key, value === true ? "" : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// Links go to this app's views or to http(s) pages only: no javascript: or data: URLs.
function safeHref(value) {
  const text = String(value);
  if (text.startsWith("#") || text.startsWith("/")) return text;
  return /^https?:\/\//i.test(text) ? text : "#";
}

// Arabic text: right to left, marked as Arabic so the Arabic font stack applies.
function ar(text, tag = "span", props = {}) {
  return el(tag, { lang: "ar", dir: "rtl", ...props }, text == null ? "" : String(text));
}

// An English label with its Arabic beside it.
function label(english, arabic) {
  return [english, arabic ? " " : "", arabic ? ar(arabic) : ""];
}

function link(href, ...children) {
  return el("a", { href }, ...children);
}

function quadBadge(quad) {
  const key = quad || "none";
  return el("span", { class: `quad quad-${key}`, title: QUAD[key] }, quad || "–");
}

function stat(value, english, arabic, extra = {}) {
  return el("div", { class: "stat", ...extra }, el("b", {}, value ?? 0), label(english, arabic));
}

function table(headers, rows) {
  const head = el("tr", {}, headers.map(([en, arab]) => el("th", {}, label(en, arabic(arab)))));
  return el("table", {}, el("thead", {}, head), el("tbody", {}, rows));
}

function arabic(text) { return text || ""; }

function cell(value) {
  return el("td", {}, value == null || value === "" ? "–" : value);
}

function arCell(value) {
  return el("td", { lang: "ar", dir: "rtl" }, value == null ? "" : String(value));
}

// -- talking to the API --------------------------------------------------------------------

async function api(path, params = {}, options = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    throw new Error(`${response.status}: ${detail || response.statusText}`);
  }
  return body;
}

// -- routing -----------------------------------------------------------------------------

const ROUTES = [
  [/^#?\/?$/, "documents", viewDocuments],
  [/^#\/article\/(.+)$/, "article", viewArticle],
  [/^#\/events$/, "events", viewEvents],
  [/^#\/network$/, "network", viewNetwork],
  [/^#\/timeline$/, "timeline", viewTimeline],
  [/^#\/stories$/, "stories", viewStories],
  [/^#\/story\/(\d+)$/, "story", viewStory],
  [/^#\/analyze$/, "analyze", viewAnalyze],
  [/^#\/api$/, "api", viewApi],
];

function parseHash() {
  const [path, query] = location.hash.split("?");
  return { path, params: Object.fromEntries(new URLSearchParams(query || "")) };
}

function hashWith(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  return query.toString() ? `${path}?${query}` : path;
}

async function route() {
  const { path, params } = parseHash();
  const main = document.getElementById("view");
  main.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  delete main.dataset.ready;
  delete main.dataset.hash;
  for (const [pattern, name, view] of ROUTES) {
    const match = pattern.exec(path || "");
    if (!match) continue;
    document.body.dataset.view = name;
    const nav = name === "article" ? "documents" : name === "story" ? "stories" : name;
    for (const a of document.querySelectorAll("nav a")) {
      a.classList.toggle("active", a.dataset.nav === nav);
    }
    try {
      const content = await view(params, ...match.slice(1).map(decodeURIComponent));
      main.replaceChildren(content);
    } catch (error) {
      main.replaceChildren(el("p", { class: "error" }, String(error.message || error)));
    }
    main.dataset.ready = name;
    main.dataset.hash = location.hash;
    return;
  }
  main.replaceChildren(el("p", { class: "error" }, "No such view."), link("#/", "Back to the articles"));
  main.dataset.ready = "none";
  main.dataset.hash = location.hash;
}

// -- filters shared by events, network and timeline ------------------------------------------

const FILTERS = [
  ["type", "Type", "النوع"], ["actor", "Actor", "الفاعل"], ["country", "Country", "البلد"],
  ["date_from", "From", "من"], ["date_to", "To", "إلى"], ["outlet", "Outlet", "المصدر"],
];

async function filterForm(path, params) {
  const summary = await api("/api/summary");
  const form = el("form", { class: "filters", role: "search" });
  for (const [name, english, arab] of FILTERS) {
    let input;
    if (name === "type") {
      input = el("select", { name }, el("option", { value: "" }, "any"),
        Object.keys(summary.events_by_type || {}).map(t => el("option", { value: t }, t)));
    } else {
      input = el("input", { name, type: name.startsWith("date") ? "date" : "text", size: 12 });
    }
    input.value = params[name] || "";
    form.append(el("label", {}, el("span", {}, label(english, arab)), input));
  }
  form.append(el("button", { type: "submit" }, "Filter"),
    el("button", { type: "button", class: "plain", onclick: () => { location.hash = path; } }, "Clear"));
  form.addEventListener("submit", event => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    location.hash = hashWith(path, values);
  });
  return form;
}

function filterValues(params) {
  const out = {};
  for (const [name] of FILTERS) if (params[name]) out[name] = params[name];
  return out;
}

// -- views: articles and search -----------------------------------------------------------

async function viewDocuments(params) {
  const summary = await api("/api/summary");
  const stats = el("div", { class: "stats" },
    stat(summary.articles, "articles", "مقالات"), stat(summary.outlets, "outlets", "مصادر"),
    stat(summary.actors, "actors", "فاعلون"), stat(summary.statements, "statements", "تصريحات"),
    stat(summary.events, "events", "أحداث"), stat(summary.stories, "stories", "قصص"));
  const box = el("input", { name: "q", type: "search", size: 40, lang: "ar", dir: "rtl",
    placeholder: "ابحث… (search)" });
  box.value = params.q || "";
  const form = el("form", { class: "filters", role: "search" },
    el("label", {}, el("span", {}, label("Full-text search", "بحث")), box), el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", event => {
    event.preventDefault();
    location.hash = hashWith("#/", { q: box.value.trim() });
  });
  const parts = [el("h2", {}, label("Articles", "المقالات")), stats, form];
  if (params.q) {
    const found = await api("/api/search", { q: params.q });
    parts.push(el("h3", {}, `${found.items.length} articles match`),
      table([["Date"], ["Outlet"], ["Title", "العنوان"], ["Matching sentence", "الجملة"]],
        found.items.map(d => el("tr", { class: "result" }, cell(d.date), cell(d.outlet),
          el("td", { lang: "ar", dir: "rtl" }, link(`#/article/${encodeURIComponent(d.id)}`, d.title || d.id)),
          arCell(d.snippet)))));
  }
  const docs = await api("/api/documents", { limit: 1000 });
  parts.push(el("h3", {}, "All articles"),
    table([["Date"], ["Outlet"], ["Title", "العنوان"], ["Copy of"], ["Story"]],
      docs.items.map(d => el("tr", { class: "document" }, cell(d.date), cell(d.outlet),
        el("td", { lang: "ar", dir: "rtl" }, link(`#/article/${encodeURIComponent(d.id)}`, d.title || d.id)),
        cell(d.duplicate_of ? link(`#/article/${encodeURIComponent(d.duplicate_of)}`, d.duplicate_of) : null),
        cell(d.story_id ? link(`#/story/${d.story_id}`, `story ${d.story_id}`) : null)))));
  return el("section", {}, parts);
}

// -- view: one article ---------------------------------------------------------------------

async function viewArticle(params, id) {
  const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
  return renderArticle(doc, params);
}

function actorName(doc, actorId) {
  const actor = (doc.actors || []).find(a => a.id === actorId);
  return actor ? actor.name : actorId;
}

function actorsOf(doc) {
  return new Map((doc.actors || []).map(a => [a.id, a]));
}

// Spans to highlight, each pointing to the record it comes from.
function spansOf(doc) {
  const actors = actorsOf(doc);
  const spans = [];
  for (const m of doc.mentions || []) {
    if (!m.actor) continue;
    const actor = actors.get(m.actor);
    spans.push({ kind: "actor", start: m.start, end: m.end, id: m.id, record: { mention: m, actor },
      title: `actor: ${actor ? `${actor.name}${code(actor)}` : m.actor}` });
  }
  for (const s of doc.statements || []) {
    const speaker = s.speaker ? actorName(doc, s.speaker) : "unknown speaker";
    spans.push({ kind: "cue", start: s.cue.start, end: s.cue.end, id: s.id, record: { statement: s },
      title: `speech cue (${s.kind}) of ${speaker}` });
    if (s.content) {
      spans.push({ kind: "content", start: s.content.start, end: s.content.end, id: s.id,
        record: { statement: s }, title: `statement content: ${speaker}` });
    }
  }
  for (const e of doc.events || []) {
    spans.push({ kind: "trigger", start: e.trigger.start, end: e.trigger.end, id: e.id, record: { event: e },
      title: `event ${e.type}${e.cameo ? ` (CAMEO ${e.cameo})` : ""}: ${e.actor.map(a => actorName(doc, a)).join(", ") || "–"} → ${e.recipient.map(a => actorName(doc, a)).join(", ") || "–"}` });
  }
  return spans.filter(s => s.end > s.start && s.end <= doc.text.length);
}

function code(actor) {
  const parts = [actor.country, actor.sector].filter(Boolean).join(" ");
  return parts ? ` (${parts})` : "";
}

// The text cut at every span boundary; each piece carries the spans that cover it.
function highlightedText(doc, spans, onPick) {
  const cuts = new Set([0, doc.text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const box = el("div", { class: "article-text ar-block", lang: "ar", dir: "rtl", id: "article-text" });
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const text = doc.text.slice(from, to);
    const covering = spans.filter(s => s.start <= from && s.end >= to);
    if (!covering.length) { box.append(document.createTextNode(text)); continue; }
    const kinds = [...new Set(covering.map(s => s.kind))];
    const piece = el("span", {
      class: ["hl", ...kinds.map(k => `hl-${k}`)].join(" "),
      title: covering.map(s => s.title).join("\n"),
      dataset: { spans: covering.map(s => `${s.kind}:${s.id}`).join(" ") },
    }, text);
    piece.addEventListener("click", () => onPick(covering, piece));
    piece.addEventListener("mouseenter", () => onPick(covering, null));
    box.append(piece);
  }
  return box;
}

function recordPanel() {
  const panel = el("aside", { class: "record card", id: "record" },
    el("h3", {}, label("Record", "السجل")),
    el("p", { class: "muted" }, "Hover over or click a highlighted word to see its record."));
  panel.show = covering => {
    const blocks = covering.map(s => {
      const summary = el("p", {}, el("b", {}, s.kind), " ", s.title);
      return el("div", { class: "record-item", dataset: { kind: s.kind } }, summary,
        el("pre", {}, JSON.stringify(s.record, null, 1)));
    });
    panel.replaceChildren(el("h3", {}, label("Record", "السجل")), ...blocks);
  };
  return panel;
}

// The chain of attribution: outlet(s) → intermediaries → the one who spoke.
function chainOf(doc, statement) {
  const actors = actorsOf(doc);
  const nodes = [];
  for (const item of statement.via || []) {
    if (item.startsWith("outlet:")) nodes.push({ role: "outlet", name: item.slice(7) });
    else {
      const actor = actors.get(item);
      nodes.push({ role: "via", name: actor ? actor.name : item, ar: actor && actor.name_ar, code: actor && code(actor) });
    }
  }
  if (!nodes.length && doc.outlet) nodes.push({ role: "outlet", name: doc.outlet });
  const speaker = actors.get(statement.speaker);
  nodes.push({ role: "speaker", name: speaker ? speaker.name : (statement.speaker || "unknown speaker"),
    ar: speaker && speaker.name_ar, code: speaker && code(speaker) });
  return nodes;
}

const ROLE = { outlet: "outlet", via: "spokesperson / relay", speaker: "speaker" };

function drawChain(nodes) {
  const chain = el("div", { class: "chain", dir: "ltr" });
  nodes.forEach((node, i) => {
    if (i) chain.append(el("span", { class: "arrow", "aria-hidden": "true" }, "→"));
    const role = node.role === "speaker" && nodes.some(n => n.role === "via") ? "principal" : ROLE[node.role];
    chain.append(el("span", { class: `node ${node.role}` }, el("small", {}, role),
      node.name, node.code || "", node.ar ? [" ", ar(node.ar)] : ""));
  });
  return chain;
}

function renderArticle(doc, params = {}) {
  const panel = recordPanel();
  let selected = null;
  const pick = (covering, piece) => {
    panel.show(covering);
    if (piece) {
      if (selected) selected.classList.remove("selected");
      selected = piece;
      piece.classList.add("selected");
    }
  };
  const spans = spansOf(doc);
  const text = highlightedText(doc, spans, pick);
  const reveal = id => {
    const pieces = [...text.querySelectorAll(".hl")].filter(p => p.dataset.spans.split(" ").some(s => s.endsWith(`:${id}`)));
    if (!pieces.length) return;
    pieces[0].scrollIntoView({ block: "center" });
    for (const p of pieces) { p.classList.remove("flash"); void p.offsetWidth; p.classList.add("flash"); }
    pick(spans.filter(s => s.id === id), pieces[0]);
  };
  const head = el("div", { class: "card" },
    el("h2", { lang: "ar", dir: "rtl", class: "ar-block" }, doc.title || doc.id),
    el("p", {}, label("Outlet", "المصدر"), ": ", doc.outlet || "–",
      doc.syndicated_from ? ` (from ${doc.syndicated_from})` : "", " · ", label("Date", "التاريخ"), ": ",
      doc.date || "–", " · id ", el("code", {}, doc.id),
      doc.url ? [" · ", el("a", { href: doc.url, rel: "noopener noreferrer" }, "original")] : ""));
  const legend = el("div", { class: "legend" },
    el("span", { class: "hl-actor" }, label("actor", "فاعل")),
    el("span", { class: "hl-cue" }, label("speech cue", "فعل القول")),
    el("span", { class: "hl-content" }, label("statement content", "مضمون التصريح")),
    el("span", { class: "hl-trigger" }, label("event trigger", "حدث")));
  const chains = el("div", { class: "chains", id: "chains" }, (doc.statements || []).map(s =>
    el("div", { class: "chain-row", dataset: { statement: s.id }, onclick: () => reveal(s.id) },
      drawChain(chainOf(doc, s)),
      el("div", { class: "muted" }, `${s.id} · ${s.kind}${s.channel ? ` · ${s.channel}` : ""}`),
      el("div", { lang: "ar", dir: "rtl", class: "ar-block" }, el("b", {}, s.cue.text), " ",
        s.content ? s.content.text : ""))));
  const actorsTable = table([["Actor", "الفاعل"], ["Arabic name"], ["Code"], ["Role"], ["Mentions"]],
    (doc.actors || []).map(a => el("tr", {}, cell(a.name), arCell(a.name_ar), cell(code(a).trim().replace(/[()]/g, "")),
      cell(a.role), cell(a.mentions.length))));
  const eventsTable = table([["Type", "النوع"], ["CAMEO"], ["Quad"], ["Actor"], ["Recipient"], ["Trigger", "الكلمة"], ["Date"]],
    (doc.events || []).map(e => el("tr", { class: "event-row", onclick: () => reveal(e.id) },
      cell(e.type + (e.mode ? ` / ${e.mode}` : "") + (e.negated ? " (negated)" : "")), cell(e.cameo),
      el("td", {}, quadBadge(e.quad_class)),
      cell(e.actor.map(a => actorName(doc, a)).join(", ")), cell(e.recipient.map(a => actorName(doc, a)).join(", ")),
      arCell(e.trigger.text), cell(e.date && e.date.iso))));
  const body = el("div", { class: "article" },
    el("div", {}, legend, text,
      el("h3", {}, label("Statements and their chains of attribution", "التصريحات وسلسلة الإسناد")),
      chains.childElementCount ? chains : el("p", { class: "muted" }, "No statements."),
      el("h3", {}, label("Events", "الأحداث")), eventsTable,
      el("h3", {}, label("Actors", "الفاعلون")), actorsTable),
    panel);
  if (params.show) setTimeout(() => reveal(params.show), 0);
  return el("section", { class: "article-view" }, head, body);
}

// -- view: events table ----------------------------------------------------------------------

async function viewEvents(params) {
  const filters = filterValues(params);
  const offset = Number(params.offset || 0);
  const limit = 100;
  const [form, data] = await Promise.all([
    filterForm("#/events", params), api("/api/events", { ...filters, limit, offset })]);
  const counts = el("div", { class: "stats", id: "quad-counts" },
    stat(data.total, "events", "أحداث"),
    ["1", "2", "3", "4"].map(q => stat(data.quad_counts[q], `${q} ${QUAD[q]}`, QUAD_AR[q], { dataset: { quad: q } })));
  const rows = data.items.map(e => el("tr", { class: "event-row" },
    cell(e.event_date || e.publication_date), cell(e.event_type + (e.event_mode ? ` / ${e.event_mode}` : "")),
    cell(e.cameo), el("td", {}, quadBadge(e.quad_class)),
    cell(e.actor_name ? `${e.actor_name}${e.actor_country ? ` (${e.actor_country})` : ""}` : null),
    cell(e.recipient_name ? `${e.recipient_name}${e.recipient_country ? ` (${e.recipient_country})` : ""}` : null),
    el("td", { lang: "ar", dir: "rtl" }, link(`#/article/${encodeURIComponent(e.doc_id)}?show=${encodeURIComponent(e.event_id)}`, e.trigger_text)),
    arCell(e.evidence_text), cell((e.sources || [e.source]).join(", "))));
  const pager = el("div", { class: "pager" },
    offset > 0 ? link(hashWith("#/events", { ...filters, offset: Math.max(0, offset - limit) }), "← previous") : "",
    el("span", { class: "muted" }, `${offset + 1}–${offset + data.items.length} of ${data.total}`),
    offset + limit < data.total ? link(hashWith("#/events", { ...filters, offset: offset + limit }), "next →") : "");
  return el("section", {}, el("h2", {}, label("Events", "الأحداث")), form, counts,
    table([["Event date", "التاريخ"], ["Type", "النوع"], ["CAMEO"], ["Quad"], ["Actor", "الفاعل"],
      ["Recipient", "المتلقي"], ["Trigger", "الكلمة"], ["Evidence", "النص"], ["Outlets", "المصادر"]], rows),
    data.items.length ? pager : el("p", { class: "muted" }, "No events match."),
    el("p", {}, link(`/api/export?${new URLSearchParams({ ...filters, format: "csv" })}`, "Download these events as CSV"),
      " · ", link(`/api/export?${new URLSearchParams({ ...filters, format: "jsonl" })}`, "JSON Lines")));
}

// -- view: actor network -------------------------------------------------------------------

async function viewNetwork(params) {
  const filters = filterValues(params);
  const [form, net] = await Promise.all([filterForm("#/network", params), api("/api/network", filters)]);
  const detail = el("div", { class: "card", id: "network-detail" },
    el("p", { class: "muted" }, "Click an actor or an arrow to see the events between them."));
  const legend = el("p", { class: "legend" },
    el("span", {}, el("span", { class: "swatch cooperation" }), "cooperation (quad 1–2) ", ar("تعاون")),
    el("span", {}, el("span", { class: "swatch conflict" }), "conflict (quad 3–4) ", ar("صراع")),
    el("span", {}, el("span", { class: "swatch neutral" }), "not coded"));
  const figure = el("div", { class: "figure" },
    net.nodes.length ? drawNetwork(net, detail) : el("p", { class: "muted" }, "No events between actors match."));
  return el("section", {}, el("h2", {}, label("Actor network: who acts on whom", "شبكة الفاعلين")),
    form, legend, figure, detail);
}

// A circular layout: actors of one country sit together, the busiest first.
function drawNetwork(net, detail) {
  const size = Math.max(560, Math.min(1000, 260 + net.nodes.length * 28));
  const width = size + 320, height = size;
  const cx = width / 2, cy = height / 2, radius = size / 2 - 70;
  const order = [...net.nodes].sort((a, b) => (a.country || "~").localeCompare(b.country || "~") || b.events - a.events);
  const place = new Map(order.map((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / order.length;
    return [n.id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle, node: n }];
  }));
  const maxEvents = Math.max(...net.nodes.map(n => n.events));
  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "actor network", id: "network" });
  const defs = svg("defs");
  for (const stance of ["cooperation", "conflict", "neutral"]) {
    defs.append(svg("marker", { id: `arrow-${stance}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
      svg("path", { d: "M0,0 L10,5 L0,10 z", class: `arrowhead ${stance}` })));
  }
  root.append(defs);
  const edgeLayer = svg("g"), nodeLayer = svg("g");
  const nodeRadius = n => 6 + 14 * Math.sqrt(n.events / maxEvents);
  const focus = ids => {
    for (const e of edgeLayer.children) e.classList.toggle("dim", !!ids && !(ids.has(e.dataset.source) && ids.has(e.dataset.target)));
    for (const n of nodeLayer.children) n.classList.toggle("dim", !!ids && !ids.has(n.dataset.id));
  };
  for (const edge of net.edges) {
    const a = place.get(edge.source), b = place.get(edge.target);
    if (!a || !b) continue;
    // A curve bent to one side, so A→B and B→A stay apart; shortened to end at the circle.
    const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
    const bend = Math.min(60, len / 5);
    const qx = mx - (dy / len) * bend, qy = my + (dx / len) * bend;
    const rb = nodeRadius(b.node) + 3;
    const tx = b.x - ((b.x - qx) / Math.hypot(b.x - qx, b.y - qy)) * rb;
    const ty = b.y - ((b.y - qy) / Math.hypot(b.x - qx, b.y - qy)) * rb;
    const path = svg("path", {
      d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${qx.toFixed(1)},${qy.toFixed(1)} ${tx.toFixed(1)},${ty.toFixed(1)}`,
      class: `edge ${edge.stance}`, "stroke-width": (1.5 + 2 * Math.log2(edge.events)).toFixed(1),
      "marker-end": `url(#arrow-${edge.stance})`,
    }, svg("title", {}, `${a.node.name} → ${b.node.name}: ${Object.entries(edge.types).map(([t, n]) => `${t} ×${n}`).join(", ")}`));
    path.dataset.source = edge.source;
    path.dataset.target = edge.target;
    path.addEventListener("click", () => {
      focus(new Set([edge.source, edge.target]));
      detail.replaceChildren(el("h3", {}, `${a.node.name} → ${b.node.name}`),
        el("p", {}, `${edge.cooperation} cooperation, ${edge.conflict} conflict, ${edge.neutral} not coded`),
        el("ul", {}, Object.entries(edge.types).map(([t, n]) => el("li", {}, `${t}: ${n}`))),
        link(hashWith("#/events", { actor: edge.source }), `events involving ${a.node.name}`));
    });
    edgeLayer.append(path);
  }
  for (const p of place.values()) {
    const n = p.node;
    const right = Math.cos(p.angle) >= 0;
    const g = svg("g", { class: "node", transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})` },
      svg("circle", { r: nodeRadius(n).toFixed(1) }),
      svg("text", { x: right ? nodeRadius(n) + 5 : -nodeRadius(n) - 5, y: 4, "text-anchor": right ? "start" : "end" },
        `${n.name}${n.code && n.code !== n.country ? ` (${n.code})` : ""}`),
      svg("title", {}, `${n.name}${n.name_ar ? ` · ${n.name_ar}` : ""}: ${n.events} events`));
    g.dataset.id = n.id;
    g.addEventListener("click", () => {
      const around = new Set([n.id]);
      for (const e of net.edges) if (e.source === n.id || e.target === n.id) { around.add(e.source); around.add(e.target); }
      focus(around);
      nodeLayer.querySelectorAll(".node").forEach(x => x.classList.toggle("selected", x === g));
      const outgoing = net.edges.filter(e => e.source === n.id), incoming = net.edges.filter(e => e.target === n.id);
      const names = id => (place.get(id) || { node: { name: id } }).node.name;
      detail.replaceChildren(el("h3", {}, n.name, n.name_ar ? [" ", ar(n.name_ar)] : "", n.code ? ` · ${n.code}` : ""),
        el("p", {}, `acts on: ${outgoing.map(e => `${names(e.target)} (${e.stance})`).join(", ") || "–"}`),
        el("p", {}, `acted on by: ${incoming.map(e => `${names(e.source)} (${e.stance})`).join(", ") || "–"}`),
        link(hashWith("#/events", { actor: n.id }), "their events"));
    });
    nodeLayer.append(g);
  }
  root.append(edgeLayer, nodeLayer);
  root.addEventListener("dblclick", () => focus(null));
  return root;
}

// -- view: timeline --------------------------------------------------------------------------

async function viewTimeline(params) {
  const filters = filterValues(params);
  const [form, data] = await Promise.all([filterForm("#/timeline", params), api("/api/timeline", { ...filters, limit: 1000 })]);
  const legend = el("p", { class: "legend" },
    ["1", "2", "3", "4"].map(q => el("span", {}, el("span", { class: `swatch q${q}` }), `${q} ${QUAD[q]}`)),
    el("span", {}, el("span", { class: "swatch statements" }), "statements ", ar("تصريحات")));
  const byDay = new Map(data.days.map(d => [d.date, { events: [], statements: [] }]));
  for (const e of data.events) {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(e.event_date || "") ? e.event_date : e.publication_date;
    (byDay.get(day || "unknown") || byDay.set(day, { events: [], statements: [] }).get(day)).events.push(e);
  }
  for (const s of data.statements) {
    const day = s.publication_date || "unknown";
    (byDay.get(day) || byDay.set(day, { events: [], statements: [] }).get(day)).statements.push(s);
  }
  const days = [...byDay.keys()].sort().map(day => {
    const { events, statements } = byDay.get(day);
    return el("div", { class: "day", dataset: { day } }, el("h3", {}, day),
      el("ul", { class: "plain" },
        events.map(e => el("li", { class: "timeline-event" }, quadBadge(e.quad_class), " ", el("b", {}, e.event_type), " ",
          `${e.actor_name || "–"} → ${e.recipient_name || "–"} `,
          link(`#/article/${encodeURIComponent(e.doc_id)}?show=${encodeURIComponent(e.event_id)}`, ar(e.trigger_text)),
          el("span", { class: "muted" }, ` · ${e.source || ""}`))),
        statements.map(s => el("li", { class: "timeline-statement" }, el("span", { class: "swatch statements" }),
          el("b", {}, s.speaker_name || "unknown speaker"), ": ",
          link(`#/article/${encodeURIComponent(s.doc_id)}?show=${encodeURIComponent(s.statement_id)}`,
            ar(s.content_text || s.cue_text)),
          el("span", { class: "muted" }, ` · ${s.source || ""}`)))));
  });
  return el("section", {}, el("h2", {}, label("Timeline of events and statements", "الخط الزمني")),
    form, legend, el("div", { class: "figure" }, data.days.length ? drawTimeline(data.days) : el("p", { class: "muted" }, "Nothing matches.")),
    days);
}

function drawTimeline(days) {
  const barWidth = 26, gap = 34, top = 20, plot = 220, left = 40;
  const width = left + days.length * (2 * barWidth + gap) + 20, height = top + plot + 70;
  const totals = days.map(d => Object.values(d.events).reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals, ...days.map(d => d.statements));
  const scale = v => (v / max) * plot;
  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "timeline", id: "timeline" });
  root.append(svg("line", { x1: left, y1: top + plot, x2: width - 10, y2: top + plot, stroke: "#999" }));
  for (const tick of [0, Math.ceil(max / 2), max]) {
    root.append(svg("text", { x: left - 6, y: top + plot - scale(tick) + 4, "text-anchor": "end" }, tick));
  }
  days.forEach((d, i) => {
    const x = left + 10 + i * (2 * barWidth + gap);
    let y = top + plot;
    for (const q of ["1", "2", "3", "4", "none"]) {
      const h = scale(d.events[q]);
      if (!h) continue;
      y -= h;
      root.append(svg("rect", { x, y, width: barWidth, height: h, class: `bar-${q}` },
        svg("title", {}, `${d.date}: ${d.events[q]} ${QUAD[q]} events`)));
    }
    const hs = scale(d.statements);
    root.append(svg("rect", { x: x + barWidth + 2, y: top + plot - hs, width: barWidth - 4, height: hs, class: "bar-statements" },
      svg("title", {}, `${d.date}: ${d.statements} statements`)));
    root.append(svg("text", { x: x + barWidth, y: top + plot + 16, "text-anchor": "middle" }, d.date));
    root.append(svg("text", { x: x + barWidth, y: top + plot + 32, "text-anchor": "middle", class: "muted" },
      `${totals[i]} ev · ${d.statements} st`));
  });
  return root;
}

// -- views: stories ----------------------------------------------------------------------------

async function viewStories() {
  const data = await api("/api/stories", { limit: 1000 });
  return el("section", {}, el("h2", {}, label("Stories told by more than one account", "القصص")),
    data.items.length ? table([["Story"], ["Title", "العنوان"], ["Dates"], ["Accounts"], ["Outlets", "المصادر"]],
      data.items.map(s => el("tr", { class: "story-row" }, cell(link(`#/story/${s.story_id}`, `story ${s.story_id}`)),
        el("td", { lang: "ar", dir: "rtl" }, link(`#/story/${s.story_id}`, s.title || "")),
        cell(s.first_date === s.last_date ? s.first_date : `${s.first_date} – ${s.last_date}`),
        cell(`${s.n_accounts} (${s.n_documents} articles)`), cell(s.outlets.join(", ")))))
      : el("p", { class: "muted" }, "No story has two accounts yet."));
}

async function viewStory(params, storyId) {
  const story = await api(`/api/stories/${storyId}`);
  const columns = story.accounts.map(acc => el("article", { class: "account", dataset: { doc: acc.doc_id } },
    el("header", {},
      el("div", { class: "side" }, `${acc.side}`, el("span", { class: "muted" }, ` · ${acc.outlet || "–"} · ${acc.date || ""}`)),
      el("div", { lang: "ar", dir: "rtl", class: "ar-block" }, link(`#/article/${encodeURIComponent(acc.doc_id)}`, acc.title || acc.doc_id)),
      acc.carried_by.length ? el("div", { class: "muted" }, `also carried by ${acc.carried_by.join(", ")}`) : ""),
    acc.claims.map(c => el("div", { class: `claim ${c.agreed ? "agreed" : "differs"}` },
      el("div", { class: "who" },
        el("span", { class: `tag ${c.agreed ? "agreed" : "differs"}` }, c.agreed ? "agrees" : "only here"),
        c.speaker ? `${c.speaker}${c.speaker_country ? ` (${c.speaker_country})` : ""}` : c.kind,
        c.cue ? [" · ", ar(c.cue)] : ""),
      ar(c.text, "div", { class: "ar-block" }))),
    el("h3", {}, "Events only in this account"),
    el("ul", {}, (story.events_only_in[acc.doc_id] || []).map(t => el("li", {}, t)))));
  const shared = story.events_shared.length ? table([["Event", "الحدث"], ["Actor"], ["Recipient"], ["In accounts"]],
    story.events_shared.map(e => el("tr", {}, cell(e.event_type + (e.negated ? " (negated)" : "")),
      cell(e.actor.join(", ")), cell(e.recipient.join(", ")), cell(e.accounts.join(", ")))))
    : el("p", { class: "muted" }, "No event appears in more than one account.");
  const agreed = story.agreed.map(group => el("div", { class: "card agreed-group" },
    group.map(ref => el("div", {}, el("b", {}, `${ref.side} · ${ref.speaker || "–"}: `), ar(ref.text)))));
  return el("section", {}, el("h2", {}, label(`Story ${story.story_id}: ${story.accounts.length} accounts side by side`, "الروايات جنباً إلى جنب")),
    el("p", {}, "Sides: ", story.sides.join(", "), ". ",
      el("span", { class: "tag agreed" }, "agrees"), "a claim another account makes too; ",
      el("span", { class: "tag differs" }, "only here"), "a claim this account alone makes."),
    el("div", { class: "accounts", id: "accounts" }, columns),
    el("h3", {}, label("Events in more than one account", "أحداث مشتركة")), shared,
    el("h3", {}, label("Claims the accounts agree on", "ادعاءات متفقة")), agreed.length ? agreed : el("p", { class: "muted" }, "None."));
}

// -- view: analyse a pasted article ----------------------------------------------------------

async function viewAnalyze() {
  const text = el("textarea", { name: "text", lang: "ar", dir: "rtl", required: true, placeholder: "الصق نص المقال هنا (paste the article here)" });
  const date = el("input", { name: "date", type: "date" });
  const outlet = el("input", { name: "outlet", type: "text" });
  const title = el("input", { name: "title", type: "text", lang: "ar", dir: "rtl" });
  const keep = el("input", { name: "store", type: "checkbox" });
  const result = el("div", { id: "analysis" });
  const form = el("form", { class: "card" },
    el("label", {}, label("Article text", "نص المقال")), text,
    el("div", { class: "filters" }, el("label", {}, el("span", {}, label("Date", "التاريخ")), date),
      el("label", {}, el("span", {}, label("Outlet", "المصدر")), outlet),
      el("label", {}, el("span", {}, label("Title", "العنوان")), title),
      el("label", {}, "Add to the store", keep), el("button", { type: "submit" }, "Analyse")));
  form.addEventListener("submit", async event => {
    event.preventDefault();
    result.replaceChildren(el("p", { class: "muted" }, "Analysing…"));
    try {
      const response = await fetch("/api/analyze", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: text.value, date: date.value || null, outlet: outlet.value || null,
          title: title.value || null, store: keep.checked }),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(`${response.status}: ${typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)}`);
      const stored = response.headers.get("X-Khabar-Stored");
      result.replaceChildren(stored ? el("p", {}, `Stored (${stored}): `, link(`#/article/${encodeURIComponent(body.id)}`, body.id)) : "",
        renderArticle(body));
    } catch (error) {
      result.replaceChildren(el("p", { class: "error" }, String(error.message || error)));
    }
  });
  return el("section", {}, el("h2", {}, label("Analyse an article", "تحليل مقال")), form, result);
}

// -- view: the API, from its OpenAPI description -------------------------------------------

async function viewApi() {
  const spec = await api("/openapi.json");
  const rows = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const names = (op.parameters || []).map(p => p.name).join(", ");
      rows.push(el("tr", {}, cell(method.toUpperCase()), el("td", { class: "api-path" }, path), cell(op.summary), cell(names)));
    }
  }
  return el("section", {}, el("h2", {}, `${spec.info.title} API ${spec.info.version}`),
    el("p", {}, "The full description is at ", link("/openapi.json", "/openapi.json"), " (OpenAPI 3)."),
    table([["Method"], ["Path"], ["What"], ["Parameters"]], rows));
}

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", route);
