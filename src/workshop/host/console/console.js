// The facilitator's console in a browser: puts the host's HTML in place, sends a button's
// control as the host drew it, and the timer, broadcast and import forms. No library.
(() => {
  const key = new URLSearchParams(location.search).get('key') || '';
  const notice = document.getElementById('notice');
  const parts = { controls: document.getElementById('live-controls'), tables: document.getElementById('live-tables') };
  const shown = {};
  let ws;
  const send = (m) => ws && ws.readyState === 1 && ws.send(JSON.stringify(m));
  const say = (text, ok) => { notice.textContent = text; notice.className = 'chip ' + (ok ? 'good' : 'bad'); notice.hidden = false; };
  function connect() {
    ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/console/ws?key=' + encodeURIComponent(key));
    ws.onopen = () => { if (notice.textContent === document.body.dataset.lost) notice.hidden = true; };
    ws.onmessage = (e) => {
      const m = JSON.parse(e.data);
      for (const p of ['controls', 'tables']) {
        if (m[p] === undefined || m[p] === shown[p]) continue;
        const at = document.activeElement && document.activeElement.id;
        parts[p].innerHTML = m[p];
        shown[p] = m[p];
        if (at && document.activeElement?.id !== at) document.getElementById(at)?.focus({ preventScroll: true });
      }
      if (m.notice !== undefined) say(m.notice, m.ok);
    };
    ws.onclose = () => { say(document.body.dataset.lost, false); setTimeout(connect, 2000); };
  }
  document.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-control]');
    if (b) send({ type: 'control', control: JSON.parse(b.dataset.control) });
  });
  document.getElementById('timer-form').addEventListener('submit', (e) => {
    e.preventDefault();
    send({ type: 'timer', minutes: e.target.minutes.value });
  });
  document.getElementById('broadcast-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = e.target.text.value.trim();
    if (text) { send({ type: 'control', control: { kind: 'broadcast', text } }); e.target.text.value = ''; }
  });
  document.getElementById('import-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = e.target, file = f.file.files[0];
    if (!file) return;
    file.text().then((content) => send({ type: 'control', control: { kind: 'import', table: f.table.value.trim(), content } }));
  });
  connect();
})();
