// Each card's intraday chart: 1-minute closes (uPlot, from /api/chart/{symbol}), extended live from the
// price events, with the opening range (from the ORB panel) and the plan's entry zone, stop and targets
// (from the card) drawn as horizontal lines. Redraws are batched, at most one a second, so a
// burst of trades costs one paint, and the price text itself never waits for the chart.
(function () {
  var charts = {};
  window.copilotCharts = charts;
  var LINES = [
    { key: 'orHigh', label: 'OR high', color: '#a1a1aa', dash: [4, 4] },
    { key: 'orLow', label: 'OR low', color: '#a1a1aa', dash: [4, 4] },
    { key: 'entryLow', label: 'Entry', color: '#38bdf8', dash: [] },
    { key: 'entryHigh', label: 'Entry', color: '#38bdf8', dash: [] },
    { key: 'stop', label: 'Stop', color: '#ef4444', dash: [] },
    { key: 'tp1', label: 'TP1', color: '#22c55e', dash: [6, 3] },
    { key: 'tp2', label: 'TP2', color: '#22c55e', dash: [2, 3] }
  ];

  // uPlot shows times through tzDate; its own (toLocaleString with a time zone) costs tens of µs a call
  // and a redraw makes dozens. New York's offset only moves at a DST change, so it is worked out once
  // per hour of the day and added.
  var easternShift = {};
  function easternDate(ts) {
    var hour = Math.floor(ts / 3600);
    var shift = easternShift[hour];
    if (shift === undefined) {
      var start = new Date(hour * 3600e3);
      shift = easternShift[hour] = uPlot.tzDate(start, 'America/New_York').getTime() - start.getTime();
    }
    return new Date(ts * 1e3 + shift);
  }

  function number(text) {
    var value = parseFloat(text);
    return isFinite(value) ? value : null;
  }

  // Levels as the page shows them now: the plan from the card, the range from the ORB panel.
  function levelsOf(symbol) {
    var levels = {};
    var card = document.getElementById('card-' + symbol);
    var plan = card && card.dataset.levels ? card.dataset.levels.split(' ') : [];
    ['entryLow', 'entryHigh', 'stop', 'tp1', 'tp2'].forEach(function (key, i) { levels[key] = number(plan[i]); });
    var row = document.querySelector('#orb-panel tr[data-symbol="' + symbol + '"]');
    levels.orHigh = row ? number(row.dataset.orHigh) : null;
    levels.orLow = row ? number(row.dataset.orLow) : null;
    return levels;
  }

  function drawLevels(u) {
    var chart = charts[u.root.parentNode.id.substring('chart-'.length)];
    if (!chart) { return; }
    var ctx = u.ctx;
    ctx.save();
    ctx.lineWidth = 1 * devicePixelRatio;
    ctx.font = (10 * devicePixelRatio) + 'px system-ui, sans-serif';
    ctx.textAlign = 'right';
    LINES.forEach(function (line) {
      var value = chart.levels[line.key];
      if (value === null) { return; }
      var y = Math.round(u.valToPos(value, 'y', true)) + 0.5;
      ctx.strokeStyle = line.color;
      ctx.fillStyle = line.color;
      ctx.setLineDash(line.dash.map(function (d) { return d * devicePixelRatio; }));
      ctx.beginPath();
      ctx.moveTo(u.bbox.left, y);
      ctx.lineTo(u.bbox.left + u.bbox.width, y);
      ctx.stroke();
      ctx.fillText(line.label, u.bbox.left + u.bbox.width - 2 * devicePixelRatio, y - 2 * devicePixelRatio);
    });
    ctx.restore();
  }

  // The y range holds every close and every level, so no line is ever drawn off the chart.
  function yRange(u, min, max) {
    var chart = charts[u.root.parentNode.id.substring('chart-'.length)];
    var values = chart ? LINES.map(function (l) { return chart.levels[l.key]; }).filter(function (v) { return v !== null; }) : [];
    values.push(min, max);
    values = values.filter(function (v) { return v !== null && isFinite(v); });
    if (!values.length) { return [0, 1]; }
    var low = Math.min.apply(null, values), high = Math.max.apply(null, values);
    var pad = (high - low) * 0.06 || Math.abs(high) * 0.001 || 1;
    return [low - pad, high + pad];
  }

  function create(container, symbol, data) {
    var options = {
      width: Math.max(container.clientWidth, 120), height: 130,
      legend: { show: false }, cursor: { show: false },
      tzDate: easternDate,
      scales: { x: { time: true }, y: { range: yRange } },
      axes: [
        { stroke: '#a1a1aa', grid: { stroke: '#27272a' }, ticks: { stroke: '#27272a' } },
        { stroke: '#a1a1aa', grid: { stroke: '#27272a' }, ticks: { stroke: '#27272a' }, size: 56 }
      ],
      series: [{}, { stroke: '#fafafa', width: 1.5 }],
      hooks: { draw: [drawLevels] }
    };
    var chart = { times: data.times, closes: data.closes, levels: levelsOf(symbol), dirty: false, container: container };
    markEmpty(chart);
    charts[symbol] = chart;
    chart.plot = new uPlot(options, [chart.times, chart.closes], container);
    new ResizeObserver(function () {
      chart.plot.setSize({ width: Math.max(container.clientWidth, 120), height: 130 });
    }).observe(container);
  }

  // A contract with no bars says so in words (CSS shows data-empty), rather than an empty frame.
  function markEmpty(chart) {
    var empty = String(chart.times.length === 0);
    if (chart.container.dataset.empty !== empty) { chart.container.dataset.empty = empty; }
  }

  function load(symbol) {
    var container = document.getElementById('chart-' + symbol);
    if (!container) { return; }
    fetch('/api/chart/' + symbol, { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var chart = charts[symbol];
        if (chart) {
          chart.times = data.times;
          chart.closes = data.closes;
          redraw(chart);
        } else {
          create(container, symbol, data);
        }
      });
  }

  // Charts redraw at most every REDRAW_MS, not every frame: a redraw holds the page's one thread for
  // a few ms, and a price arriving meanwhile waits for it (at 100 trades/s, frame-rate redraws put
  // that wait in the tick -> screen tail). A line of minute closes loses nothing at one redraw a
  // second; the price beside it is live.
  var REDRAW_MS = 1000;
  var pending = false;
  function redraw(chart) {
    chart.dirty = true;
    if (pending) { return; }
    pending = true;
    setTimeout(function () { requestAnimationFrame(drawDirty); }, REDRAW_MS);
  }

  // One chart per frame: six redraws in one task held the page for 20 ms or more once a second, and the
  // prices that arrived meanwhile were the slowest of all; between two frames the prices get through. The
  // round takes the charts dirty when it starts; what gets dirty meanwhile waits for the next second.
  var round = [];
  function drawDirty() {
    if (!round.length) {
      round = Object.keys(charts).filter(function (symbol) { return charts[symbol].dirty; });
    }
    var symbol = round.shift();
    if (symbol) {
      var c = charts[symbol];
      c.dirty = false;
      c.plot.setData([c.times, c.closes]);
      markEmpty(c);
    }
    if (round.length) { requestAnimationFrame(drawDirty); } else { pending = false; }
  }

  // A trade extends the current minute's close, or starts the next minute.
  document.addEventListener('copilot:price', function (event) {
    var update = event.detail;
    var chart = charts[update.symbol];
    if (!chart) { return; }
    var n = chart.times.length;
    if (n && chart.times[n - 1] === update.minute) {
      chart.closes[n - 1] = update.close;
    } else if (!n || chart.times[n - 1] < update.minute) {
      chart.times.push(update.minute);
      chart.closes.push(update.close);
    }
    redraw(chart);
  });

  // A card or the ORB panel was redrawn: its levels may have moved.
  document.body.addEventListener('htmx:sseMessage', function (event) {
    var type = event.detail && event.detail.type;
    if (type !== 'orb-update' && !(type && /^[a-z]+-update$/.test(type) && document.getElementById('card-' + type.split('-')[0].toUpperCase()))) {
      return;
    }
    Object.keys(charts).forEach(function (symbol) {
      var levels = levelsOf(symbol);
      if (JSON.stringify(levels) !== JSON.stringify(charts[symbol].levels)) {
        charts[symbol].levels = levels;
        redraw(charts[symbol]);
      }
    });
  });

  // On every (re)connect: the bars closed while the page was away come from the server.
  document.body.addEventListener('htmx:sseOpen', function () {
    document.querySelectorAll('article.card[data-symbol]').forEach(function (card) { load(card.dataset.symbol); });
  });
})();
