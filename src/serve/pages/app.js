// iepress serve: keeps what is typed into a form in this browser until the form is sent,
// so that a reload or a closed tab loses nothing. The pages work without it.
(function () {
  "use strict";
  // A button that removes something asks first.
  document.querySelectorAll("button[data-confirm]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      if (!window.confirm(button.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });
  var store;
  try { store = window.localStorage; } catch (e) { return; }
  if (!store) { return; }
  document.querySelectorAll("form[method=post]").forEach(function (form, index) {
    var key = "iepress:" + location.pathname + ":" + index;
    var kept = {};
    try { kept = JSON.parse(store.getItem(key) || "{}"); } catch (e) { kept = {}; }
    var fields = form.querySelectorAll("input, textarea, select");
    var restored = 0;
    fields.forEach(function (field) {
      if (!field.name || field.type === "hidden" || field.type === "file") { return; }
      var id = field.name + (field.type === "checkbox" ? "=" + field.value : "");
      if (!(id in kept)) { return; }
      if (field.type === "checkbox") { field.checked = kept[id]; }
      else if (!field.value) { field.value = kept[id]; restored += 1; }
    });
    if (restored > 0) {
      var note = document.createElement("p");
      note.className = "saved";
      note.setAttribute("role", "status");
      note.textContent = form.getAttribute("data-restored") || "What you typed before is back in the form; it is not saved until you save it.";
      form.insertBefore(note, form.firstChild);
    }
    var keep = function () {
      var now = {};
      fields.forEach(function (field) {
        if (!field.name || field.type === "hidden" || field.type === "file") { return; }
        if (field.type === "checkbox") { now[field.name + "=" + field.value] = field.checked; }
        else if (field.value) { now[field.name] = field.value; }
      });
      try { store.setItem(key, JSON.stringify(now)); } catch (e) { /* full: nothing kept */ }
    };
    form.addEventListener("input", keep);
    form.addEventListener("change", keep);
    // Sent: the server keeps it now (and shows it again if it refuses the save).
    form.addEventListener("submit", function () { store.removeItem(key); });
  });
}());
