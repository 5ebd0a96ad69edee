// The reader page's only script: it reports what the reader selects or clicks, as offsets into
// the article's canonical text, and toggles highlight kinds. C++ validates everything it gets.
"use strict";
(function () {
  let bridge = null;

  // The UTF-16 offset of (node, offset) in the canonical text: the enclosing block's data-start
  // plus the length of the text before it inside that block.
  function canonicalOffset(node, offset) {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    const block = el && el.closest(".nm-block");
    if (!block) return -1;
    const range = document.createRange();
    range.setStart(block, 0);
    try { range.setEnd(node, offset); } catch (e) { return -1; }
    return Number(block.dataset.start) + range.toString().length;
  }

  function reportSelection() {
    if (!bridge) return;
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) {
      bridge.selectionChanged(-1, -1, "");
      return;
    }
    const r = sel.getRangeAt(0);
    const start = canonicalOffset(r.startContainer, r.startOffset);
    const end = canonicalOffset(r.endContainer, r.endOffset);
    bridge.selectionChanged(start, end, sel.toString());
  }

  function markActiveNote(id) {
    for (const m of document.querySelectorAll("mark.nm-note-active")) m.classList.remove("nm-note-active");
    for (const m of document.querySelectorAll("mark.nm-note")) {
      if (m.dataset.noteId === id) m.classList.add("nm-note-active");
    }
  }

  function onClick(event) {
    const legend = event.target.closest(".nm-legend-item");
    if (legend) {
      const hidden = document.body.classList.toggle("nm-hide-" + legend.dataset.kind);
      legend.setAttribute("aria-pressed", hidden ? "false" : "true");
      return;
    }
    // A click on a note's mark selects the note; the innermost mark is the nearest ancestor, so
    // where notes overlap the most specific wins. A click that ends a drag is a selection (maybe
    // the start of an overlapping note), not a choice of note.
    const note = event.target.closest("mark.nm-note");
    const selection = window.getSelection();
    if (note && (!selection || selection.isCollapsed)) {
      markActiveNote(note.dataset.noteId);
      if (bridge) bridge.noteClicked(note.dataset.noteId);
    }
    const mark = event.target.closest("mark.nm-span");
    if (!mark) return;
    for (const m of document.querySelectorAll("mark.nm-active")) m.classList.remove("nm-active");
    mark.classList.add("nm-active");
    if (bridge)
      bridge.highlightClicked(mark.dataset.kind, Number(mark.dataset.start), Number(mark.dataset.end));
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.addEventListener("click", onClick);
    document.addEventListener("selectionchange", function () {
      clearTimeout(reportSelection.timer);
      reportSelection.timer = setTimeout(reportSelection, 120);
    });
    if (typeof qt !== "undefined" && qt.webChannelTransport && typeof QWebChannel !== "undefined") {
      new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.bridge || null;
      });
    }
  });

  // For the app: outline every highlight that starts at one of these canonical offsets (all the
  // mentions of one entity) and scroll to the first; an empty list clears the outline.
  window.newsmarkFocusHighlights = function (starts) {
    for (const m of document.querySelectorAll("mark.nm-focus")) m.classList.remove("nm-focus");
    let first = null;
    for (const start of starts) {
      const mark = document.querySelector('mark.nm-span[data-start="' + Number(start) + '"]');
      if (!mark) continue;
      mark.classList.add("nm-focus");
      if (!first) first = mark;
    }
    if (first) first.scrollIntoView({ block: "center" });
    return document.querySelectorAll("mark.nm-focus").length;
  };

  // For the app: outline every mark of one note and scroll to the first; false when the page
  // has none (the note is orphaned, or the page is another article's).
  window.newsmarkFocusNote = function (id) {
    for (const m of document.querySelectorAll("mark.nm-note-active")) m.classList.remove("nm-note-active");
    let first = null;
    for (const m of document.querySelectorAll("mark.nm-note")) {
      if (m.dataset.noteId !== String(id)) continue;
      m.classList.add("nm-note-active");
      if (!first) first = m;
    }
    if (first) first.scrollIntoView({ block: "center" });
    return !!first;
  };

  // For the app: new tooltips for the money marks (a new conversion), by their start offset,
  // without reloading the page.
  window.newsmarkSetMoneyTitles = function (titles) {
    for (const m of document.querySelectorAll('mark.nm-span[data-kind="MONEY"]')) {
      const title = titles[m.dataset.start];
      if (title !== undefined) m.title = title;
    }
  };

  // For the app: back to where the reader was before the page was rendered again.
  window.newsmarkScrollTo = function (x, y) {
    window.scrollTo(Number(x), Number(y));
  };

  // For the app: scroll to the highlight that starts at a canonical offset.
  window.newsmarkScrollToOffset = function (start) {
    const mark = document.querySelector('mark.nm-span[data-start="' + Number(start) + '"]');
    if (!mark) return false;
    for (const m of document.querySelectorAll("mark.nm-active")) m.classList.remove("nm-active");
    mark.scrollIntoView({ block: "center" });
    mark.classList.add("nm-active");
    return true;
  };
})();
