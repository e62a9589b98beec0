// "Log a trade made outside NinjaTrader": the form becomes the two fills of one round trip (entry, then
// the opposite side at the exit) on POST /executions, the path NinjaTrader's fills take, so the server
// validates it the same way and the trade log row arrives over the stream like any other. The execution
// ids are made once per filled-in form: sending the same form again after a lost answer is a duplicate,
// never a second trade; a logged trade empties the form.
(function () {
  var form = document.getElementById('log-trade-form');
  if (!form) { return; }
  var result = form.querySelector('output');
  var ids = null;

  // which input a server error's field names ("executions[1].price" is the exit's price)
  var inputsByField = {
    'account': 'account', 'executions[0].instrument': 'contract', 'executions[0].quantity': 'quantity',
    'executions[0].price': 'entry', 'executions[0].time': 'entry_time', 'executions[0].commission': 'commission',
    'executions[1].price': 'exit', 'executions[1].time': 'exit_time', 'executions[1].commission': 'commission'
  };

  var eastern = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/New_York', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit'
  });

  // "2026-12-04T10:05" or "…:05:30", read as New York wall time → an ISO instant
  function easternToInstant(local) {
    var asUtc = new Date((local.length === 16 ? local + ':00' : local) + 'Z');
    if (isNaN(asUtc)) { return null; }
    var p = {};
    eastern.formatToParts(asUtc).forEach(function (part) { p[part.type] = part.value; });
    var wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
    return new Date(asUtc.getTime() - (wall - asUtc.getTime())).toISOString();
  }

  function token() {
    var bytes = new Uint8Array(8);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }

  function say(text, error) {
    result.textContent = text;
    result.className = error ? 'error' : '';
  }

  function clearInvalid() {
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
  }

  form.addEventListener('input', function () { ids = null; });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearInvalid();
    var f = form.elements;
    var entryTime = easternToInstant(f.entry_time.value);
    var exitTime = easternToInstant(f.exit_time.value);
    if (!entryTime || !exitTime || exitTime < entryTime) {
      (entryTime ? f.exit_time : f.entry_time).setAttribute('aria-invalid', 'true');
      say(!entryTime || !exitTime ? 'Enter the time in and out (ET).' : 'The exit must come after the entry.', true);
      return;
    }
    ids = ids || token();
    var quantity = Number(f.quantity.value);
    var commission = Math.round(Number(f.commission.value || 0) * quantity * 100) / 100;
    var long = f.side.value === 'LONG';
    function fill(leg, side, price, time) {
      return { execution_id: 'manual-' + ids + '-' + leg, order_id: 'manual-' + ids + '-' + leg, instrument: f.contract.value,
               side: side, quantity: quantity, price: Number(price), time: time, commission: commission };
    }
    var body = { account: f.account.value, executions: [
      fill('in', long ? 'BUY' : 'SELL', f.entry.value, entryTime),
      fill('out', long ? 'SELL' : 'BUY', f.exit.value, exitTime)
    ] };
    var headers = { 'Content-Type': 'application/json' };
    if (f.api_key.value) { headers['X-API-Key'] = f.api_key.value; }
    var button = form.querySelector('button');
    button.disabled = true;
    say('Sending…', false);
    fetch('/executions', { method: 'POST', headers: headers, body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().then(function (json) { return { status: response.status, json: json }; });
      })
      .then(function (answer) {
        if (answer.status === 200) {
          var duplicate = answer.json.duplicates > 0 && answer.json.accepted === 0;
          // emptied, so a second click cannot log the same trade twice; the next trade gets new ids
          form.reset();
          ids = null;
          say(duplicate ? 'Already logged.' : 'Logged: daily P&L now $' + answer.json.risk.daily_pnl.toFixed(2) + '.', false);
          return;
        }
        if (answer.status === 401) { form.querySelector('.api-key').hidden = false; }
        var input = f[inputsByField[answer.json.field]];
        if (input) { input.setAttribute('aria-invalid', 'true'); }
        say(answer.json.error || ('Refused (' + answer.status + ').'), true);
      })
      .catch(function () { say('No answer from the co-pilot; send again (it will not be counted twice).', true); })
      .then(function () { button.disabled = false; });
  });
})();
