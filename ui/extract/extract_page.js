// Runs in the page to extract, in QtWebEngine's ApplicationWorld, right after Readability.js and
// Readability-readerable.js (the page's own scripts never run). Returns one JSON string: the
// metadata Readability found, the page's canonical URL and lead image as written, and the
// article as plain-text blocks. No markup leaves the page; C++ checks every field again.
(function () {
  "use strict";

  // Elements that end the text before them and start a block of their own.
  const BLOCK = new Set([
    "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "CENTER", "DD", "DETAILS", "DIV",
    "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4",
    "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY",
    "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
  ]);
  // Never text: what Readability may leave in and what has no words for a reader.
  const SKIP = new Set([
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "IFRAME", "OBJECT",
    "EMBED", "VIDEO", "AUDIO", "SOURCE", "BUTTON", "SELECT", "TEXTAREA", "INPUT",
  ]);

  // An image's address as written (C++ resolves it): src, else what lazy loaders use, else
  // the widest candidate of srcset. data: placeholders are no address.
  function imageSource(img) {
    for (const name of ["src", "data-src", "data-original", "data-lazy-src"]) {
      const value = (img.getAttribute(name) || "").trim();
      if (value && !/^data:/i.test(value)) return value;
    }
    let best = "";
    let bestWidth = -1;
    for (const candidate of (img.getAttribute("srcset") || "").split(",")) {
      const parts = candidate.trim().split(/\s+/);
      const width = parseFloat(parts[1]) || 0;
      if (parts[0] && !/^data:/i.test(parts[0]) && width > bestWidth) {
        best = parts[0];
        bestWidth = width;
      }
    }
    return best;
  }

  function kindOf(tag, inherited) {
    if (inherited !== "p") return inherited; // a <p> inside a quote stays part of the quote
    if (/^H[1-6]$/.test(tag)) return "h";
    if (tag === "LI" || tag === "DT" || tag === "DD") return "li";
    if (tag === "BLOCKQUOTE") return "q";
    if (tag === "FIGCAPTION" || tag === "CAPTION") return "c";
    return "p";
  }

  function blocksOf(root) {
    const blocks = [];
    let text = "";
    function flush(kind) {
      const t = text.replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim();
      if (t) blocks.push({ k: kind, t: t });
      text = "";
    }
    function walk(node, kind) {
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === Node.TEXT_NODE || c.nodeType === Node.CDATA_SECTION_NODE) {
          text += c.data;
          continue;
        }
        if (c.nodeType !== Node.ELEMENT_NODE) continue;
        const tag = c.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === "IMG") {
          flush(kind);
          const src = imageSource(c);
          if (src) blocks.push({ k: "img", src: src, t: c.getAttribute("alt") || "" });
        } else if (tag === "BR") {
          flush(kind);
        } else if (tag === "PRE") {
          flush(kind);
          for (const line of c.textContent.split("\n")) {
            text = line;
            flush(kind);
          }
        } else if (BLOCK.has(tag)) {
          flush(kind);
          const inner = kindOf(tag, kind);
          walk(c, inner);
          flush(inner);
        } else {
          walk(c, kind);
        }
      }
    }
    walk(root, "p");
    flush("p");
    return blocks;
  }

  function attribute(selector, name) {
    const el = document.querySelector(selector);
    const value = el && el.getAttribute(name);
    return value ? value.trim() : "";
  }
  function metaContent(property) {
    return (
      attribute('meta[property="' + property + '"]', "content") ||
      attribute('meta[name="' + property + '"]', "content")
    );
  }

  const out = { ok: false };
  try {
    out.baseUri = document.baseURI;
    out.canonical = attribute('link[rel~="canonical" i]', "href");
    out.ogUrl = metaContent("og:url");
    out.image =
      metaContent("og:image") || metaContent("og:image:url") || metaContent("twitter:image");
    out.documentLang = document.documentElement.getAttribute("lang") || "";
    out.readerable = isProbablyReaderable(document);
    // Readability rewrites the document it reads; it gets a copy.
    const article = new Readability(document.cloneNode(true), {
      serializer: function (el) {
        return el;
      },
    }).parse();
    if (article) {
      out.title = article.title || "";
      out.byline = article.byline || "";
      out.excerpt = article.excerpt || "";
      out.siteName = article.siteName || "";
      out.lang = article.lang || "";
      out.publishedTime = article.publishedTime || "";
      out.blocks = blocksOf(article.content);
    }
    out.ok = true;
  } catch (e) {
    out.error = String((e && e.message) || e);
  }
  return JSON.stringify(out);
})();
