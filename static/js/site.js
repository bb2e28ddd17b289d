// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  var toggle = document.querySelector(".nav-toggle");
  var nav = document.getElementById("site-nav");
  if (toggle && nav) {
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      nav.classList.toggle("is-open", !open);
    });
  }
  // Profile form: list only the chosen cluster's member companies.
  var cluster = document.getElementById("id_cluster");
  var company = document.getElementById("id_company");
  if (cluster && company) {
    var filter = function () {
      var chosen = cluster.value;
      Array.prototype.forEach.call(company.options, function (option) {
        if (!option.value) { return; }
        var ids = (option.getAttribute("data-clusters") || "").split(" ");
        var visible = !chosen || ids.indexOf(chosen) !== -1;
        option.hidden = !visible;
        option.disabled = !visible;
        if (!visible && option.selected) { company.value = ""; }
      });
    };
    cluster.addEventListener("change", filter);
    filter();
  }
})();
