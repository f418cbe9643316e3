extension PreviewServer {
    /// The script injected into served pages only: it reloads the page after each good build,
    /// shows a failed build's errors over it, and inserts each experiment's Play panel, whose
    /// reruns it sends to the server and swaps in with the page's own code (`courseRuns`).
    static let liveScript = """
        // Injected by `course serve` only (built pages never carry it).
        (function () {
          var overlay = null;
          function showErrors(lines) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:1000;" +
                "background:#2b0d0d;color:#ffe9e9;font:13px/1.45 ui-monospace,monospace;padding:12px 16px;" +
                "border-top:3px solid #e5484d";
              document.body.appendChild(overlay);
            }
            overlay.innerHTML = "";
            var title = document.createElement("p");
            title.style.cssText = "margin:0 0 6px;font-weight:bold";
            title.textContent = "The last build failed; this page is the last good build. Fix the chapter and save.";
            var pre = document.createElement("pre");
            pre.style.cssText = "margin:0;white-space:pre-wrap";
            pre.textContent = lines.join("\\n");
            overlay.appendChild(title);
            overlay.appendChild(pre);
          }
          var events = new EventSource("/__course/events");
          events.addEventListener("reload", function () { location.reload(); });
          events.addEventListener("errors", function (event) { showErrors(JSON.parse(event.data)); });

          // Names this page to the server: a newer rerun from it stops the older one.
          var page = Math.random().toString(36).slice(2) + Date.now().toString(36);
          var slug = decodeURIComponent(location.pathname.split("/").pop().replace(/[.]html$/, ""));
          var latest = 0;
          // A page that goes away (closed, reloaded, left) stops its run rather than let it finish.
          window.addEventListener("pagehide", function () { navigator.sendBeacon("/__course/stop", page); });

          function wire(block, panel) {
            var form = panel.querySelector("form");
            var status = panel.querySelector(".play-status");
            function clearErrors() {
              form.querySelectorAll(".play-error").forEach(function (span) { span.textContent = ""; });
              form.querySelectorAll("[aria-invalid]").forEach(function (field) { field.removeAttribute("aria-invalid"); });
            }
            form.addEventListener("submit", function (event) {
              event.preventDefault();
              clearErrors();
              var values = {};
              Array.prototype.forEach.call(form.elements, function (field) {
                if (field.name) { values[field.name] = field.value; }
              });
              var mine = ++latest;
              status.textContent = "Running…";
              panel.setAttribute("aria-busy", "true");
              fetch("/__course/rerun", {
                method: "POST", headers: { "Content-Type": "application/json" },
                body: JSON.stringify({ chapter: slug, experiment: block.id, page: page, values: values })
              }).then(function (response) {
                return response.json().then(function (body) { return { status: response.status, body: body }; });
              }).then(function (answer) {
                panel.removeAttribute("aria-busy");
                if (answer.status === 200) {
                  window.courseRuns.show(block, answer.body.point);
                  status.textContent = answer.body.point.status;
                  return;
                }
                if (mine !== latest) { status.textContent = "Stopped: a newer rerun from this page replaced it."; return; }
                status.textContent = answer.body.error;
                Object.keys(answer.body.fields || {}).forEach(function (name) {
                  var field = form.elements.namedItem(name);
                  if (!field) { return; }
                  field.setAttribute("aria-invalid", "true");
                  document.getElementById(field.id + "-error").textContent = answer.body.fields[name];
                });
              }).catch(function () {
                panel.removeAttribute("aria-busy");
                status.textContent = "The server did not answer; is `course serve` still running?";
              });
            });
            form.querySelector(".play-reset").addEventListener("click", function () {
              form.reset();
              clearErrors();
              window.courseRuns.restore(block);
              status.textContent = "Back to the built run.";
            });
          }

          function addPanels() {
            if (!slug || slug === "index" || !window.courseRuns) { return; }
            fetch("/__course/play?chapter=" + encodeURIComponent(slug)).then(function (response) {
              return response.ok ? response.json() : null;
            }).then(function (body) {
              if (!body) { return; }
              Object.keys(body.panels).forEach(function (id) {
                var block = document.getElementById(id);
                if (!block || !block.classList.contains("experiment")) { return; }
                var holder = document.createElement("div");
                holder.innerHTML = body.panels[id];
                var panel = holder.firstElementChild;
                block.insertBefore(panel, block.querySelector(".experiment-details"));
                wire(block, panel);
              });
            });
          }
          if (document.readyState === "loading") {
            document.addEventListener("DOMContentLoaded", addPanels);
          } else {
            addPanels();
          }
        })();
        """
}
