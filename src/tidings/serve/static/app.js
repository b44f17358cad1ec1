// tidings pages: link the event and actor lists to the marks in the text, and check upload sizes.
// No framework, nothing fetched; the pages work without this file too.
"use strict";

function refsOf(el) {
  return (el.dataset.refs || "").split(" ").filter(Boolean);
}

// Hovering an event row (or an actor row) outlines its words in the text, and the other way round.
function linkMarks() {
  const rows = document.querySelectorAll("tr[data-refs]");
  const marks = document.querySelectorAll("mark[data-refs]");
  if (!rows.length || !marks.length) return;
  const byRef = new Map();
  for (const el of [...rows, ...marks]) {
    for (const ref of refsOf(el)) {
      if (!byRef.has(ref)) byRef.set(ref, []);
      byRef.get(ref).push(el);
    }
  }
  function focus(el, on) {
    for (const ref of refsOf(el)) {
      for (const other of byRef.get(ref) || []) other.classList.toggle("focus", on);
    }
  }
  for (const el of [...rows, ...marks]) {
    el.addEventListener("mouseenter", () => focus(el, true));
    el.addEventListener("mouseleave", () => focus(el, false));
  }
  // clicking an event row scrolls its trigger into view
  for (const row of rows) {
    row.addEventListener("click", (ev) => {
      if (ev.target.closest("a")) return;
      const ref = refsOf(row)[0];
      const mark = (byRef.get(ref) || []).find((el) => el.tagName === "MARK");
      if (mark) mark.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  }
}

// Refuse a file that is over the server's limit before sending it.
function checkUploads() {
  for (const input of document.querySelectorAll("input[type=file][data-max]")) {
    input.addEventListener("change", () => {
      const max = Number(input.dataset.max);
      const file = input.files && input.files[0];
      input.setCustomValidity(file && file.size > max
        ? `This file is ${file.size.toLocaleString()} bytes; the limit is ${max.toLocaleString()}.`
        : "");
      input.reportValidity();
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  linkMarks();
  checkUploads();
});
