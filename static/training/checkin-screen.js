/* The room's check-in screen: a new code every window, and the count of people checked in.
 *
 * The server says how many seconds the code on screen has left; the script counts
 * them down, asks for the new code when they run out, and asks every few seconds
 * anyway for the count (templates/training/admin/attendance/checkin_screen.html).
 */
(function () {
    "use strict";

    var screen = document.querySelector("[data-checkin-screen]");
    if (!screen || !window.fetch) {
        return;
    }
    var qr = screen.querySelector("[data-qr]");
    var url = screen.querySelector("[data-url]");
    var countdown = screen.querySelector("[data-countdown]");
    var message = screen.querySelector("[data-message]");
    var checkedIn = screen.querySelector("[data-checked-in]");
    var total = screen.querySelector("[data-total]");
    var poll = Math.max(2, parseInt(screen.dataset.pollSeconds, 10) || 5);
    var left = parseInt(screen.dataset.secondsLeft, 10) || 0;
    var sincePoll = 0;
    var busy = false;

    function showCountdown() {
        countdown.textContent = countdown.dataset.template.replace("%(seconds)s", Math.max(left, 0));
    }

    function apply(state) {
        if (state.svg) {
            qr.innerHTML = state.svg;  // segno's drawing of our own check-in URL
        }
        qr.hidden = !state.svg;
        countdown.hidden = !state.svg;
        url.textContent = state.url || "";
        message.textContent = state.message || state.error || "";
        if (state.checked_in !== undefined) {
            checkedIn.textContent = state.checked_in;
            total.textContent = state.total;
        }
        if (state.seconds_left) {
            left = state.seconds_left;
        }
        showCountdown();
    }

    function refresh() {
        if (busy) {
            return;
        }
        busy = true;
        sincePoll = 0;
        fetch(screen.dataset.codeUrl, {credentials: "same-origin", headers: {"Accept": "application/json"}})
            .then(function (response) { return response.json(); })
            .then(apply)
            .catch(function () { /* keep the code on screen; try again at the next tick */ })
            .then(function () { busy = false; });
    }

    window.setInterval(function () {
        left -= 1;
        sincePoll += 1;
        if (left <= 0 || sincePoll >= poll) {
            refresh();
        }
        showCountdown();
    }, 1000);
})();
