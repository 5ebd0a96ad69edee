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
      if (title !== undefined) m.title = m.dataset.disagree ? title + "\n" + m.dataset.disagree : title;
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
  // Match layers (the list's search, the find bar): marks of their own class wrapped around the
  // text inside the article's blocks, under any entity or note mark, so those keep working. A
  // range is [start, end) in canonical UTF-16 offsets and may cross blocks and marks.
  function clearLayer(cls) {
    const parents = new Set();
    for (const m of document.querySelectorAll("mark." + cls)) {
      const parent = m.parentNode;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      parent.removeChild(m);
      parents.add(parent);
    }
    for (const p of parents) p.normalize();
  }

  function wrapInBlock(block, from, to, cls, index) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const pieces = [];
    let pos = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.data.length;
      const s = Math.max(from, pos), e = Math.min(to, pos + len);
      if (s < e) pieces.push([node, s - pos, e - pos]);
      pos += len;
      if (pos >= to) break;
    }
    let first = null;
    for (const [node, s, e] of pieces) {
      let target = node;
      if (s > 0) target = target.splitText(s);
      if (e - s < target.data.length) target.splitText(e - s);
      const mark = document.createElement("mark");
      mark.className = cls;
      mark.dataset.match = String(index);
      target.parentNode.insertBefore(mark, target);
      mark.appendChild(target);
      if (!first) first = mark;
    }
    return first;
  }

  function markLayer(cls, ranges) {
    clearLayer(cls);
    const blocks = Array.from(document.querySelectorAll(".nm-block")).map(function (b) {
      const start = Number(b.dataset.start);
      return { el: b, start: start, end: start + b.textContent.length };
    });
    let count = 0;
    ranges.forEach(function (range, index) {
      const start = Number(range[0]), end = Number(range[1]);
      let marked = false;
      for (const b of blocks) {
        if (b.end <= start || b.start >= end) continue;
        if (wrapInBlock(b.el, Math.max(start, b.start) - b.start, Math.min(end, b.end) - b.start,
                        cls, index)) marked = true;
      }
      if (marked) count++;
    });
    return count;
  }

  // For the app: marks every match of the list's search and scrolls to the first (when asked);
  // how many ranges were marked.
  window.newsmarkMarkSearch = function (ranges, scroll) {
    const count = markLayer("nm-match", ranges);
    const first = document.querySelector("mark.nm-match");
    if (scroll && first) first.scrollIntoView({ block: "center" });
    return count;
  };

  // For the app: the find bar's matches, the current one (an index into ranges) outlined and
  // scrolled to; -1 marks without moving.
  window.newsmarkMarkFind = function (ranges, current) {
    const count = markLayer("nm-find", ranges);
    window.newsmarkFindShow(current);
    return count;
  };

  window.newsmarkFindShow = function (current) {
    for (const m of document.querySelectorAll("mark.nm-find-current"))
      m.classList.remove("nm-find-current");
    if (Number(current) < 0) return false;
    const marks = document.querySelectorAll('mark.nm-find[data-match="' + Number(current) + '"]');
    for (const m of marks) m.classList.add("nm-find-current");
    if (marks.length) marks[0].scrollIntoView({ block: "center" });
    return marks.length > 0;
  };

  // For the app (Preferences): the reader's font, live. An empty family or a size of 0 goes back
  // to reader.css's; the <style> the page was rendered with gives way to the new choice.
  window.newsmarkSetReaderFont = function (family, size) {
    for (const s of document.querySelectorAll("head style")) s.disabled = true;
    const name = String(family || "");
    document.body.style.fontFamily = name
      ? '"' + name.replace(/["\\]/g, "\\$&") + '", "Noto Sans CJK KR", "Noto Sans KR", sans-serif'
      : "";
    document.body.style.fontSize = Number(size) > 0 ? Number(size) + "px" : "";
    return getComputedStyle(document.body).fontSize;
  };

  // For the app (Preferences): which highlight kinds are hidden, as the legend's toggles set them.
  window.newsmarkSetHiddenKinds = function (kinds) {
    const hidden = new Set(kinds.map(String));
    for (const cls of Array.from(document.body.classList)) {
      if (cls.startsWith("nm-hide-")) document.body.classList.remove(cls);
    }
    for (const kind of hidden) document.body.classList.add("nm-hide-" + kind);
    for (const item of document.querySelectorAll(".nm-legend-item")) {
      item.setAttribute("aria-pressed", hidden.has(item.dataset.kind) ? "false" : "true");
    }
  };
})();
