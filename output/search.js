// The search box: hidden without scripts; on first use it loads the course's index
// (search-index.js, written by the build) with a <script> element, so it works from file://.
(function () {
  var form = document.querySelector("form.search");
  if (!form) { return; }
  var box = form.querySelector("input");
  var status = form.querySelector(".search-status");
  var list = form.querySelector(".search-results");
  var sections = null;
  var waiting = false;

  window.courseSearchLoaded = function (index) {
    sections = index.map(function (section) {
      section.words = (section.chapter + " " + section.heading + " " + section.text).toLowerCase();
      return section;
    });
    show();
  };

  function load() {
    if (sections || waiting) { return; }
    waiting = true;
    var script = document.createElement("script");
    script.src = "search-index.js";
    script.onerror = function () { status.textContent = "The search index could not be loaded."; };
    document.head.appendChild(script);
  }

  function snippet(text, word) {
    var at = Math.max(0, text.toLowerCase().indexOf(word) - 60);
    return (at > 0 ? "…" : "") + text.slice(at, at + 160) + (at + 160 < text.length ? "…" : "");
  }

  function show() {
    var words = box.value.toLowerCase().split(/\s+/).filter(function (word) { return word.length > 1; });
    list.innerHTML = "";
    if (!words.length) { status.textContent = ""; return; }
    if (!sections) { status.textContent = "Loading the index…"; load(); return; }
    var found = sections.filter(function (section) {
      return words.every(function (word) { return section.words.indexOf(word) >= 0; });
    });
    found.slice(0, 20).forEach(function (section) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = section.page + (section.id ? "#" + section.id : "");
      link.textContent = section.heading;
      var where = document.createElement("span");
      where.className = "search-chapter";
      where.textContent = section.heading === section.chapter ? "" : " — " + section.chapter;
      var text = document.createElement("p");
      text.textContent = snippet(section.text, words[0]);
      item.appendChild(link);
      item.appendChild(where);
      item.appendChild(text);
      list.appendChild(item);
    });
    status.textContent = found.length === 0 ? "No section holds every word." :
      found.length + (found.length === 1 ? " section" : " sections") + (found.length > 20 ? ", the first 20 shown" : "");
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) { first.focus(); }
  });
  box.addEventListener("input", show);
  box.addEventListener("focus", function () { list.hidden = false; load(); });
  // Keys: Escape clears and returns to the box; the arrows move between the box and the results.
  form.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (event.key === "Escape") {
      box.value = "";
      show();
      box.focus();
    } else if (event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      if (at === 0) { box.focus(); } else { links[at - 1].focus(); }
    }
  });
  // The list closes when the focus leaves the search (and opens again in the box).
  form.addEventListener("focusout", function (event) {
    if (!form.contains(event.relatedTarget)) { list.hidden = true; }
  });
  form.hidden = false;
})();
