// The /backtest page's charts: per contract, the OFF-HOURS run's equity curve (cumulative net $, trades in exit
// order) and under it the drawdown (how far the equity stands below its peak), drawn with uPlot from
// /api/backtest/latest, the same journaled records the page's tables come from.
(function () {
  var AXIS = { stroke: '#a1a1aa', grid: { stroke: '#27272a' }, ticks: { stroke: '#27272a' } };

  function easternDate(ts) { return uPlot.tzDate(new Date(ts * 1e3), 'America/New_York'); }

  function draw(container, times, values, color, fill, height) {
    var plot = new uPlot({
      width: Math.max(container.clientWidth, 160), height: height,
      legend: { show: false }, cursor: { show: false }, tzDate: easternDate,
      scales: { x: { time: true } },
      axes: [AXIS, Object.assign({ size: 64, values: function (u, ticks) {
        return ticks.map(function (v) { return '$' + v.toFixed(0); });
      } }, AXIS)],
      series: [{}, { stroke: color, fill: fill, width: 1.5 }]
    }, [times, values], container);
    new ResizeObserver(function () {
      plot.setSize({ width: Math.max(container.clientWidth, 160), height: height });
    }).observe(container);
  }

  function show(run) {
    run.curves.forEach(function (curve) {
      var equity = document.getElementById('equity-' + curve.symbol);
      var drawdown = document.getElementById('drawdown-' + curve.symbol);
      if (!equity || !drawdown) { return; }
      if (curve.times.length < 2) { // no trades: say so in words rather than draw an empty frame
        equity.dataset.empty = 'true';
        equity.textContent = 'No trades';
        return;
      }
      draw(equity, curve.times, curve.equity, '#22c55e', 'rgba(34,197,94,0.08)', 180);
      draw(drawdown, curve.times, curve.drawdown, '#ef4444', 'rgba(239,68,68,0.15)', 90);
    });
  }

  if (document.getElementById('backtest')) {
    fetch('/api/backtest/latest', { headers: { Accept: 'application/json' } })
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (run) { if (run) { show(run); } });
  }
})();
