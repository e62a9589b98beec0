// Live ET clock (client-side, 1 s) and the SSE connection indicator. Market data arrives through htmx-ext-sse.
(function () {
  var format = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/New_York', hour12: false, hour: '2-digit', minute: '2-digit', second: '2-digit'
  });
  function tick() {
    var clock = document.getElementById('clock');
    if (clock) { clock.textContent = format.format(new Date()); }
  }
  tick();
  setInterval(tick, 1000);

  function connection(text, css) {
    var el = document.getElementById('connection');
    if (el) { el.textContent = text; el.className = 'connection ' + css; }
  }
  document.body.addEventListener('htmx:sseOpen', function () { connection('live', 'live'); });
  document.body.addEventListener('htmx:sseError', function () { connection('reconnecting…', 'down'); });
})();
