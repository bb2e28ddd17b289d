/* Attendance in the admin: save each tap at once (templates/training/admin/attendance/session.html).
 *
 * Every person's row is a form that works without this script (a "Save" button).
 * With it, a change of mark or of minutes is posted with fetch; the row's live
 * region says "saved" (or why not), and a refused change is put back to what
 * the server holds. Saves of one row go one after the other, so a quick second
 * tap cannot arrive before the first.
 */
(function () {
    "use strict";

    var sheet = document.querySelector("[data-attendance-sheet]");
    if (!sheet || !window.fetch || !window.FormData) {
        return;
    }
    var ATTENDED = ["present", "late"];
    sheet.classList.add("attendance--live");

    function updateCounts(counts) {
        if (!counts) {
            return;
        }
        var allPresent = sheet.querySelector("[data-all-present]");
        if (allPresent) {
            allPresent.hidden = counts.unmarked === 0;
        }
        Object.keys(counts).forEach(function (key) {
            var cell = sheet.querySelector('[data-count="' + key + '"]');
            if (cell) {
                cell.textContent = counts[key];
            }
        });
    }

    function setUp(form) {
        var feedback = form.querySelector("[data-feedback]");
        var minutesBox = form.querySelector("[data-minutes-field]");
        var minutes = form.querySelector('input[name="minutes"]');
        var saved = {status: form.dataset.status || "", minutes: form.dataset.minutes || ""};
        var queue = Promise.resolve();

        function checked() {
            var input = form.querySelector('input[name="status"]:checked');
            return input ? input.value : "";
        }

        function showMinutes() {
            if (minutesBox) {
                minutesBox.hidden = ATTENDED.indexOf(checked()) === -1;
            }
        }

        function restore() {
            form.querySelectorAll('input[name="status"]').forEach(function (input) {
                input.checked = input.value === saved.status;
            });
            if (minutes) {
                minutes.value = saved.minutes;
            }
            showMinutes();
        }

        function send() {
            var data = new FormData(form);
            if (ATTENDED.indexOf(data.get("status")) === -1) {
                data.set("minutes", "");
            }
            form.classList.add("is-saving");
            feedback.textContent = sheet.dataset.savingText;
            return fetch(form.action, {
                method: "POST",
                body: data,
                credentials: "same-origin",
                headers: {
                    "Accept": "application/json",
                    "X-CSRFToken": data.get("csrfmiddlewaretoken")
                }
            })
                .then(function (response) {
                    return response.json().then(function (body) {
                        return {ok: response.ok, body: body};
                    });
                })
                .then(function (result) {
                    if (result.ok && result.body.ok) {
                        saved = {
                            status: result.body.status,
                            minutes: result.body.minutes === null ? "" : String(result.body.minutes)
                        };
                        form.classList.remove("has-error");
                        feedback.textContent = result.body.message;
                        updateCounts(result.body.counts);
                    } else {
                        restore();
                        form.classList.add("has-error");
                        feedback.textContent = result.body.error || sheet.dataset.failedText;
                    }
                })
                .catch(function () {
                    restore();
                    form.classList.add("has-error");
                    feedback.textContent = sheet.dataset.failedText;
                })
                .then(function () {
                    form.classList.remove("is-saving");
                });
        }

        function save() {
            queue = queue.then(send);
        }

        showMinutes();
        form.addEventListener("change", function (event) {
            if (event.target.name === "status") {
                showMinutes();
                save();
            } else if (event.target.name === "minutes" && checked()) {
                save();
            }
        });
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            if (checked()) {
                save();
            }
        });
    }

    sheet.querySelectorAll("[data-attendance-row]").forEach(setUp);
})();
