// The page's own behaviour: the live ET clock (client-side, 1 s), the SSE connection indicator, and
// the live price of each card. Whole cards and panels arrive as HTML through htmx-ext-sse (sse-swap);
// prices arrive on every trade as small JSON events (mgc-price …) that are patched into the card here,
// because the card itself is coalesced on the server (at most one per window per contract).
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

  // The tab title carries the top focus asset (plan rank 1, else the first card) and its price, at
  // most once a second: each title change is a message to the browser process, and at 100 trades/s
  // those messages take CPU the page needs for the next price.
  var titlePending = false;
  function scheduleTitle() {
    if (titlePending) { return; }
    titlePending = true;
    setTimeout(function () { titlePending = false; updateTitle(); }, 1000);
  }
  function updateTitle() {
    var top = document.querySelector('article.card[data-rank="1"]') || document.querySelector('article.card[data-symbol]');
    if (!top) { return; }
    var price = top.querySelector('[data-field=price]').textContent.trim();
    if (price !== '—') { document.title = top.dataset.symbol + ' ' + price + ' · FKS Co-Pilot'; }
  }
  document.body.addEventListener('htmx:sseMessage', scheduleTitle);

  // tick → screen latency, microseconds: the server's ring-ingress stamp against this page's clock
  var latencies = [];
  window.copilotLatencies = function () { return latencies.splice(0, latencies.length); };

  // Only what changed is written: an unchanged text or class still costs the page a style and
  // layout pass, and at 100 trades/s those passes delay the next price.
  function setText(card, field, text) {
    var el = card.querySelector('[data-field=' + field + ']');
    if (el.textContent !== text) { el.textContent = text; }
  }

  function onPrice(message) {
    heard();
    var update = JSON.parse(message.data);
    var card = document.getElementById('card-' + update.symbol);
    if (!card || Number(card.dataset.seq) > update.seq) { return; }
    card.dataset.seq = update.seq;
    setText(card, 'price', update.price);
    setText(card, 'change', update.change);
    setText(card, 'high', update.high);
    setText(card, 'low', update.low);
    if (!card.classList.contains(update.direction)) {
      card.classList.remove('up', 'down', 'flat');
      card.classList.add(update.direction);
    }
    scheduleTitle();
    document.dispatchEvent(new CustomEvent('copilot:price', { detail: update }));
    latencies.push((performance.timeOrigin + performance.now()) * 1000 - update.t);
  }

  var listening = new WeakSet();
  document.body.addEventListener('htmx:sseOpen', function (event) {
    connection('live', 'live');
    var source = event.detail.source;
    if (listening.has(source)) { return; }
    listening.add(source);
    heard();
    source.addEventListener('heartbeat', heard);
    document.querySelectorAll('article.card[data-symbol]').forEach(function (card) {
      source.addEventListener(card.dataset.symbol.toLowerCase() + '-price', onPrice);
    });
  });
  document.body.addEventListener('htmx:sseError', function () { connection('reconnecting…', 'down'); });

  // The co-pilot panel's full morning briefing: fetched each time its <details> opens. SSE replaces the
  // whole panel (closed, as the server renders it), so a briefing the trader had open is opened again,
  // which fetches it again. 'toggle' does not bubble: it is heard here in the capture phase, so panels
  // swapped in later need no listener of their own.
  var briefingOpen = false;
  document.addEventListener('toggle', function (event) {
    var details = event.target;
    if (!details.matches || !details.matches('details.grok-briefing')) { return; }
    briefingOpen = details.open;
    if (details.open) { htmx.trigger(details.querySelector('.grok-briefing-body'), 'grok-briefing-open'); }
  }, true);
  htmx.onLoad(function (element) {
    var details = element.matches && element.matches('details.grok-briefing') ? element
      : element.querySelector && element.querySelector('details.grok-briefing');
    if (details && briefingOpen && !details.open) { details.open = true; }
  });

  // A stream can die without an error (a laptop that slept, a dropped Wi-Fi, a proxy that hangs): the
  // server sends a heartbeat every N s, so a stream silent for 2.5 heartbeats is closed and handed to
  // htmx-ext-sse's own error handler, which opens a new one and re-registers the panels on it.
  var silenceLimitMs = (Number(document.body.dataset.heartbeatSeconds) || 30) * 2500;
  var lastHeard = Date.now();
  function heard() { lastHeard = Date.now(); }
  document.body.addEventListener('htmx:sseMessage', heard);
  setInterval(function () {
    var internal = document.body['htmx-internal-data'];
    var source = internal && internal.sseEventSource;
    if (!source || Date.now() - lastHeard < silenceLimitMs) { return; }
    heard();
    connection('reconnecting…', 'down');
    source.close();
    if (source.onerror) { source.onerror(new Event('error')); }
  }, 1000);
})();
