// The page's behaviour: search, class filters, the side panel and the article view.
// Every string from the graph is put into the page with textContent or as a text node;
// no markup is ever built from strings here.
(function () {
  "use strict";
  var graph = JSON.parse(document.getElementById("kg-graph").textContent);
  var kg = JSON.parse(document.getElementById("kg-page").textContent);
  var nodes = new vis.DataSet(graph.nodes);
  var edges = new vis.DataSet(graph.edges);
  var network = new vis.Network(
    document.getElementById("kg-network"),
    { nodes: nodes, edges: edges },
    JSON.parse(graph.options)
  );
  window.network = network;

  var panel = document.getElementById("kg-panel");
  var statusLine = document.getElementById("kg-status");
  var classes = {};
  kg.classes.forEach(function (c) { classes[c.key] = c; });

  function ready() {
    network.setOptions({ physics: { enabled: false } });
    statusLine.textContent = "";
    document.body.setAttribute("data-state", "ready");
  }
  network.on("stabilizationProgress", function (p) {
    statusLine.textContent = "Laying out the graph\u2026 " + Math.round((100 * p.iterations) / p.total) + "%";
  });
  // Freeze the layout once it has settled so the view stops moving.
  network.once("stabilizationIterationsDone", ready);
  if (graph.nodes.length === 0) { ready(); }

  // --- small DOM helpers --------------------------------------------------------------------
  function el(tag, className, children) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  // Children are put in a fragment, not passed as the arguments of one call, which takes
  // some 120,000 at most: an article with 62,000 mentions has more pieces.
  function fill(parent, children) {
    var fragment = document.createDocumentFragment();
    children.forEach(function (child) { fragment.appendChild(child); });
    parent.replaceChildren(fragment);
  }

  function entityLink(id) {
    var ent = kg.entities[id];
    var link = el("a", "kg-link", [ent.name]);
    link.href = "#";
    link.setAttribute("data-node", id);
    link.addEventListener("click", function (event) { event.preventDefault(); select(id); });
    return link;
  }

  function markedText(text, marks) {
    var out = [];
    var at = 0;
    marks.forEach(function (m) {
      if (m[0] > at) { out.push(text.slice(at, m[0])); }
      out.push(el("mark", "", [text.slice(m[0], m[1])]));
      at = m[1];
    });
    if (at < text.length) { out.push(text.slice(at)); }
    return out;
  }

  // --- the side panel -----------------------------------------------------------------------
  function factSentence(index, self) {
    var fact = kg.facts[index];
    var subject = fact.s === self ? el("span", "self", [kg.entities[fact.s].name]) : entityLink(fact.s);
    var object;
    if (fact.o === null) {
      object = el("span", "value", [fact.value]);
    } else if (fact.o === self) {
      object = el("span", "self", [kg.entities[fact.o].name]);
    } else {
      object = entityLink(fact.o);
    }
    var said = [subject, " " + fact.phrase + " ", object, "."];
    // a fact the text only records, never asserts: it says so first
    if (fact.modality) {
      said.unshift(el("strong", "modality", [fact.modality === "negated" ? "Denied: "
        : fact.modality === "disputed" ? "Disputed, articles disagree: " : "Announced, not done: "]));
    }
    var sentence = el("span", "sentence", said);
    sentence.title = fact.prefixed;
    return sentence;
  }

  function evidenceBlock(index, factModality) {
    var ev = kg.evidence[index];
    var quote = el("blockquote", "evidence", markedText(ev.text, ev.marks));
    var source = el("span", "source", []);
    if (ev.article >= 0) {
      var show = el("button", "kg-link", ["show in the article"]);
      show.type = "button";
      show.addEventListener("click", function () { showArticle(ev.article, ev.begin, ev.end); });
      source.appendChild(document.createTextNode("\u2014 " + kg.articles[ev.article].title + " \u00b7 "));
      source.appendChild(show);
    }
    if (ev.rule) { source.appendChild(document.createTextNode(" \u00b7 rule " + ev.rule)); }
    if (ev.modality && ev.modality !== factModality) {
      // the sentence records the fact without asserting it: it speaks against it (negated)
      // or only announces it (planned)
      source.appendChild(el("strong", "modality", [" \u00b7 " + (ev.modality === "negated"
        ? "negated: this sentence says the opposite"
        : ev.modality + ": this sentence does not assert it")]));
    }
    quote.appendChild(source);
    return quote;
  }

  function factItem(index, self, withContext) {
    var fact = kg.facts[index];
    var item = el("li", "fact", [factSentence(index, self)]);
    item.setAttribute("data-fact", String(index));
    fact.evidence.forEach(function (ev) { item.appendChild(evidenceBlock(ev, fact.modality)); });
    // A fact pointing at this entity from an n-ary node (a membership, a pledge) says little
    // on its own: show what else is known about that node. Such nodes are built by the rules
    // and never named in the text, unlike events or places, whose facts are one click away.
    if (withContext && fact.o === self && fact.s !== self && !kg.entities[fact.s].mentions) {
      var about = kg.entities[fact.s].facts.filter(function (i) { return i !== index; });
      if (about.length) {
        var list = el("ul", "about", []);
        about.slice(0, 12).forEach(function (i) { list.appendChild(el("li", "", [factSentence(i, fact.s)])); });
        if (about.length > 12) { list.appendChild(el("li", "", ["\u2026 and " + (about.length - 12) + " more"])); }
        item.appendChild(list);
      }
    }
    return item;
  }

  function showEntity(id) {
    var ent = kg.entities[id];
    var cls = classes[ent.cls];
    var children = [
      el("h2", "", [ent.name]),
      el("p", "cls", [cls.label + " ", el("code", "", [cls.prefixed])]),
    ];
    if (ent.names.length > 1) {
      children.push(el("p", "names", ["Also called: " + ent.names.slice(1).join("; ")]));
    }
    if (ent.links.length) {
      var links = el("p", "links", ["Links: "]);
      ent.links.forEach(function (link, i) {
        // Only web links; the Python side filters too, this guards against javascript: URLs.
        if (!/^https?:\/\//i.test(link.href)) { return; }
        var a = el("a", "", [link.text]);
        a.href = link.href;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        if (i) { links.appendChild(document.createTextNode(" \u00b7 ")); }
        links.appendChild(a);
      });
      children.push(links);
    }
    if (ent.mentions) {
      var firstMention = null;
      kg.articles.forEach(function (art, ai) {
        art.mentions.forEach(function (m) { if (!firstMention && m[2] === id) { firstMention = [ai, m[0], m[1]]; } });
      });
      var line = el("p", "mentions", ["Mentioned " + ent.mentions + (ent.mentions === 1 ? " time" : " times")]);
      if (firstMention) {
        var show = el("button", "kg-link", ["show in the article"]);
        show.type = "button";
        show.addEventListener("click", function () { showArticle(firstMention[0], firstMention[1], firstMention[2]); });
        line.appendChild(document.createTextNode(" \u00b7 "));
        line.appendChild(show);
      }
      children.push(line);
    }
    var own = ent.facts.filter(function (i) { return kg.facts[i].s === id; });
    var incoming = ent.facts.filter(function (i) { return kg.facts[i].s !== id; });
    if (own.length) {
      children.push(el("h3", "", ["Facts"]));
      children.push(el("ul", "facts", own.map(function (i) { return factItem(i, id, false); })));
    }
    if (incoming.length) {
      children.push(el("h3", "", ["Facts that point here"]));
      children.push(el("ul", "facts", incoming.map(function (i) { return factItem(i, id, true); })));
    }
    if (!ent.facts.length) { children.push(el("p", "hint", ["No facts about this entity."])); }
    fill(panel, children);
    panel.setAttribute("data-node", id);
    panel.scrollTop = 0;
  }

  function showFact(index) {
    var fact = kg.facts[index];
    panel.replaceChildren(
      el("h2", "", [fact.label]),
      el("ul", "facts", [factItem(index, null, false)])
    );
    panel.setAttribute("data-node", "");
    panel.scrollTop = 0;
  }

  // --- selecting and filtering --------------------------------------------------------------
  function setClassVisible(key, visible) {
    var box = document.querySelector('#kg-legend input[data-class="' + CSS.escape(key) + '"]');
    if (box) { box.checked = visible; }
    nodes.update(nodes.get({ filter: function (n) { return n.group === key; } }).map(function (n) {
      return { id: n.id, hidden: !visible };
    }));
  }

  function select(id) {
    if (!kg.entities[id]) { return; }
    var node = nodes.get(id);
    if (node && node.hidden) { setClassVisible(node.group, true); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showEntity(id);
  }
  window.kgSelect = select;

  network.on("click", function (params) {
    if (params.nodes.length) {
      showEntity(params.nodes[0]);
    } else if (params.edges.length) {
      showFact(Number(String(params.edges[0]).slice(1)));
    }
  });

  document.querySelectorAll("#kg-legend input[data-class]").forEach(function (box) {
    box.addEventListener("change", function () { setClassVisible(box.getAttribute("data-class"), box.checked); });
  });

  // --- search -------------------------------------------------------------------------------
  var results = document.getElementById("kg-results");
  var order = Object.keys(kg.entities).sort(function (a, b) {
    return kg.entities[b].mentions - kg.entities[a].mentions || (a < b ? -1 : a > b ? 1 : 0);
  });
  function norm(text) { return text.toLocaleLowerCase().replace(/\s+/g, " ").trim(); }

  // The names shown, and the hidden labels ("Beijing" for China): found, never shown as names.
  function searched(id) {
    return kg.entities[id].names.concat(kg.entities[id].hidden);
  }

  function find(query) {
    var q = norm(query);
    var ranked = [[], [], []];
    if (!q) { return []; }
    order.forEach(function (id) {
      var best = 3;
      searched(id).forEach(function (name) {
        var n = norm(name);
        if (n === q) { best = Math.min(best, 0); }
        else if (n.indexOf(q) === 0) { best = Math.min(best, 1); }
        else if (n.indexOf(q) > 0) { best = Math.min(best, 2); }
      });
      if (best < 3) { ranked[best].push(id); }
    });
    return ranked[0].concat(ranked[1], ranked[2]);
  }

  function exactCount(found) {
    var q = norm(document.getElementById("kg-search").value);
    return found.filter(function (id) {
      return searched(id).some(function (name) { return norm(name) === q; });
    }).length;
  }

  function showResults(found) {
    fill(results, found.slice(0, 20).map(function (id) {
      var ent = kg.entities[id];
      var button = el("button", "", [ent.name + " ", el("span", "cls", [classes[ent.cls].label])]);
      button.type = "button";
      button.addEventListener("click", function () { results.hidden = true; select(id); });
      return el("li", "", [button]);
    }));
    results.hidden = found.length < 2 || (exactCount(found) === 1);
  }

  document.getElementById("kg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var found = find(document.getElementById("kg-search").value);
    showResults(found);
    if (found.length) {
      select(found[0]);
    } else {
      panel.replaceChildren(el("p", "hint", ["No entity has that name."]));
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { results.hidden = true; }
  });

  // --- the article view ---------------------------------------------------------------------
  var articleBox = document.getElementById("kg-article");
  var articleText = document.getElementById("kg-article-text");
  document.getElementById("kg-article-close").addEventListener("click", function () { articleBox.hidden = true; });

  function showArticle(index, focusBegin, focusEnd) {
    var art = kg.articles[index];
    document.getElementById("kg-article-title").textContent = art.title;
    var cuts = [0, art.text.length];
    if (focusBegin >= 0) { cuts.push(focusBegin, focusEnd); }
    art.mentions.forEach(function (m) { cuts.push(m[0], m[1]); });
    // sorted, then each once (an indexOf per cut took time growing with the square of
    // an article's mentions)
    cuts.sort(function (a, b) { return a - b; });
    cuts = cuts.filter(function (c, i) { return i === 0 || c !== cuts[i - 1]; });
    var pieces = [];
    var focused = null;
    var m = 0;
    for (var i = 0; i + 1 < cuts.length; i++) {
      var from = cuts[i], to = cuts[i + 1];
      while (m < art.mentions.length && art.mentions[m][1] <= from) { m++; }
      var piece = document.createTextNode(art.text.slice(from, to));
      var mention = m < art.mentions.length && art.mentions[m][0] <= from ? art.mentions[m] : null;
      if (mention) {
        var link = el("a", "kg-mention", [piece]);
        link.href = "#";
        link.title = kg.entities[mention[2]].name + " (" + classes[kg.entities[mention[2]].cls].label + ")";
        link.setAttribute("data-node", mention[2]);
        link.addEventListener("click", (function (id) {
          return function (event) { event.preventDefault(); select(id); };
        })(mention[2]));
        piece = link;
      }
      if (focusBegin >= 0 && from >= focusBegin && to <= focusEnd) {
        // One <mark> around the whole sentence, mention links inside it.
        if (!focused) { focused = el("mark", "", []); pieces.push(focused); }
        focused.appendChild(piece);
      } else {
        pieces.push(piece);
      }
    }
    fill(articleText, pieces);
    articleBox.hidden = false;
    network.redraw();
    if (focused) { focused.scrollIntoView({ block: "center" }); } else { articleBox.scrollTop = 0; }
  }
  window.kgShowArticle = showArticle;
})();
