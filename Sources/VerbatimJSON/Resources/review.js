// Verbatim review page. Article text is data: it only ever reaches the page as text nodes.
"use strict";
const record = JSON.parse(document.getElementById("verbatim-data").textContent);
const text = record.text;

// Offsets arrive in code points (or the unit the record names); JavaScript strings count UTF-16.
const toUTF16 = (() => {
  if (record.offsets === "utf16") return (i) => i;
  const table = [0];
  let units = 0;
  for (const ch of text) { units += ch.length; table.push(units); }
  if (record.offsets === "utf8") {
    const bytes = [0]; let b = 0; const map = new Map([[0, 0]]); let u = 0;
    for (const ch of text) { b += new TextEncoder().encode(ch).length; u += ch.length; map.set(b, u); }
    return (i) => map.get(i);
  }
  return (i) => table[i];
})();

const annotations = [];
const add = (kind, index, item, start, end, label) =>
  annotations.push({ key: kind + "-" + index, kind, index, item, start: toUTF16(start), end: toUTF16(end), label });
(record.entities || []).forEach((e, i) => add("entity", i, e, e.start, e.end,
  e.type + ": " + e.name + (e.country ? " (" + e.country + ")" : "")));
(record.quotes || []).forEach((q, i) => add("quote", i, q, q.start, q.end,
  q.kind + " quote — " + (q.speaker ? q.speaker.name : "unattributed") + (q.cue ? " (" + q.cue.text + ")" : "")));
(record.dates || []).forEach((d, i) => add("date", i, d, d.start, d.end, d.type + " " + d.value + (d.mod ? " " + d.mod : "")));
(record.claims || []).forEach((c, i) => add("claim", i, c, c.start, c.end, "claim " + c.score.toFixed(2)));

function el(tag, attributes, children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes || {})) {
    if (k === "text") node.textContent = v; else node.setAttribute(k, v);
  }
  (children || []).forEach((c) => node.appendChild(c));
  return node;
}

// The article: flat segments between every annotation boundary, each naming what covers it.
function renderArticle() {
  const article = document.getElementById("article");
  const cuts = new Set([0, text.length]);
  annotations.forEach((a) => { cuts.add(a.start); cuts.add(a.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map();
  annotations.forEach((a) => { if (a.kind === "quote") { (starts.get(a.start) || starts.set(a.start, []).get(a.start)).push(a); } });
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    (starts.get(from) || []).forEach((q) => article.appendChild(el("span", {
      class: "chip" + (q.item.speaker ? "" : " unattributed"), id: "anchor-" + q.key,
      text: q.item.speaker ? q.item.speaker.name : "unattributed" })));
    const covering = annotations.filter((a) => a.start <= from && a.end >= to && a.start < a.end);
    const classes = ["seg"];
    covering.forEach((a) => {
      classes.push("ann-" + a.kind);
      if (a.kind === "entity") classes.push("type-" + a.item.type);
      if (a.kind === "claim") classes.push("score-" + Math.min(9, Math.floor(a.item.score * 10)));
    });
    article.appendChild(el("span", { class: classes.join(" "), "data-ann": covering.map((a) => a.key).join(" "),
      title: covering.map((a) => a.label).join("\n"), text: text.slice(from, to) }));
  }
}

function go(key) {
  const target = document.querySelector('#article [data-ann~="' + key + '"]');
  if (!target) return;
  document.querySelectorAll(".focus").forEach((n) => n.classList.remove("focus"));
  document.querySelectorAll('[data-ann~="' + key + '"]').forEach((n) => n.classList.add("focus"));
  target.scrollIntoView({ block: "center" });
}

// Decisions (accept / reject / flag) stay in this browser only.
const storeKey = "verbatim-review:" + record.text_hash;
const decisions = JSON.parse(localStorage.getItem(storeKey) || "{}");
function decide(key, value) {
  decisions[key] = decisions[key] === value ? undefined : value;
  localStorage.setItem(storeKey, JSON.stringify(decisions));
  renderPanel();
}

function item(a, line, extra) {
  const row = el("li", { class: "item" + (decisions[a.key] ? " " + decisions[a.key] : ""), "data-key": a.key });
  row.appendChild(el("span", { class: "line", text: line }));
  if (extra) row.appendChild(el("span", { class: "extra", text: extra }));
  if (a.kind === "claim" || a.kind === "quote") {
    const buttons = el("span", { class: "buttons" });
    ["accept", "reject", "flag"].forEach((d) => {
      const b = el("button", { type: "button", class: d, text: d === "accept" ? "✓" : d === "reject" ? "✗" : "⚑", title: d });
      b.addEventListener("click", (event) => { event.stopPropagation(); decide(a.key, d); });
      buttons.appendChild(b);
    });
    row.appendChild(buttons);
  }
  row.addEventListener("click", () => go(a.key));
  return row;
}

function renderPanel() {
  const tab = document.querySelector(".tab.active").dataset.tab;
  const list = document.getElementById("list");
  list.textContent = "";
  const minimum = Number(document.getElementById("score").value) / 100;
  const of = (kind) => annotations.filter((a) => a.kind === kind);
  if (tab === "claims") {
    of("claim").filter((a) => a.item.score >= minimum).sort((a, b) => b.item.score - a.item.score).forEach((a) =>
      list.appendChild(item(a, a.item.score.toFixed(2) + "  " + text.slice(a.start, a.end),
        (a.item.claimant ? a.item.claimant.name + " · " : "") + a.item.types.join(", "))));
  } else if (tab === "quotes") {
    const groups = new Map();
    of("quote").forEach((a) => { const s = a.item.speaker ? a.item.speaker.name : "unattributed"; (groups.get(s) || groups.set(s, []).get(s)).push(a); });
    [...groups.keys()].sort().forEach((speaker) => {
      list.appendChild(el("li", { class: "group", text: speaker + " (" + groups.get(speaker).length + ")" }));
      groups.get(speaker).forEach((a) => list.appendChild(item(a, text.slice(a.start, a.end), a.item.kind + (a.item.cue ? " · " + a.item.cue.text : ""))));
    });
  } else if (tab === "places" || tab === "people") {
    const type = tab === "places" ? "place" : "person";
    const seen = new Map();
    of("entity").filter((a) => a.item.type === type).forEach((a) => { if (!seen.has(a.item.id)) seen.set(a.item.id, [a, 0]); seen.get(a.item.id)[1]++; });
    [...seen.values()].sort((x, y) => y[1] - x[1]).forEach(([a, n]) =>
      list.appendChild(item(a, a.item.name + (a.item.country ? " (" + a.item.country + ")" : ""), n + " mention" + (n > 1 ? "s" : ""))));
  } else if (tab === "dates") {
    const anchor = record.published ? Date.parse(record.published) : null;
    of("date").slice().sort((x, y) => String(x.item.value).localeCompare(String(y.item.value))).forEach((a) => {
      const day = Date.parse(a.item.value.slice(0, 10));
      const relative = anchor !== null && !isNaN(day) && a.item.value.length >= 10
        ? Math.round((day - anchor) / 86400000) + " days from publication" : "";
      list.appendChild(item(a, a.item.value + (a.item.mod ? " " + a.item.mod : "") + "  " + text.slice(a.start, a.end), relative));
    });
  }
  selected = -1;
}

let selected = -1;
function move(step) {
  const items = [...document.querySelectorAll("#list .item")];
  if (!items.length) return;
  selected = Math.max(0, Math.min(items.length - 1, selected + step));
  items.forEach((n, i) => n.classList.toggle("selected", i === selected));
  go(items[selected].dataset.key);
}

function download(name, body, type) {
  const link = el("a", { href: URL.createObjectURL(new Blob([body], { type })), download: name });
  document.body.appendChild(link); link.click(); link.remove();
}

function exportJSONL() {
  const rows = Object.entries(decisions).filter(([, v]) => v).map(([key, decision]) => {
    const a = annotations.find((x) => x.key === key);
    return JSON.stringify({ id: record.id, key, decision, kind: a.kind, start: a.item.start, end: a.item.end, text: a.item.text });
  });
  download("verbatim-decisions.jsonl", rows.join("\n") + "\n", "application/jsonl");
}

function exportClaimReview() {
  const claims = annotations.filter((a) => a.kind === "claim" && decisions[a.key] !== "reject" && (decisions[a.key] === "accept" || a.item.checkworthy));
  const objects = claims.map((a) => {
    const claim = { "@context": "https://schema.org", "@type": "Claim", text: a.item.text };
    if (a.item.claimant) claim.author = { "@type": "Person", name: a.item.claimant.name };
    if (record.published) claim.datePublished = record.published;
    if (record.url) claim.appearance = { "@type": "CreativeWork", url: record.url };
    return claim;
  });
  download("verbatim-claims.jsonld", JSON.stringify(objects, null, 2), "application/ld+json");
}

function renderHeader() {
  document.title = (record.title || record.id || "Article") + " — Verbatim review";
  const header = document.getElementById("header");
  header.appendChild(el("h1", { text: record.title || record.id || "Untitled article" }));
  const facts = [
    record.url ? "URL: " + record.url : null,
    "published: " + (record.published || "unknown"),
    "Verbatim " + (record.provenance ? record.provenance.tool.replace(/^verbatim /, "") : ""),
    "text hash: " + record.text_hash,
  ].filter(Boolean);
  header.appendChild(el("p", { class: "facts", text: facts.join("  ·  ") }));
}

renderHeader();
renderArticle();
document.querySelectorAll(".tab").forEach((t) => t.addEventListener("click", () => {
  document.querySelectorAll(".tab").forEach((x) => x.classList.toggle("active", x === t));
  renderPanel();
}));
document.querySelectorAll(".filter input").forEach((box) => box.addEventListener("change", () =>
  document.body.classList.toggle("hide-" + box.value, !box.checked)));
document.getElementById("score").addEventListener("input", () => {
  const minimum = Number(document.getElementById("score").value);
  document.getElementById("score-value").textContent = (minimum / 100).toFixed(2);
  for (let s = 0; s < 10; s++) document.body.classList.toggle("hide-score-" + s, s * 10 + 9 < minimum);
  renderPanel();
});
document.getElementById("export-jsonl").addEventListener("click", exportJSONL);
document.getElementById("export-claims").addEventListener("click", exportClaimReview);
document.addEventListener("keydown", (event) => {
  if (event.target.tagName === "INPUT") return;
  if (event.key === "j") move(1);
  if (event.key === "k") move(-1);
});
renderPanel();
document.body.dataset.rendered = String(annotations.length);
