// The browser seat: puts the host's HTML in place, sends a button's number, keeps the seat's
// token in localStorage so a reload or a closed tab gets the seat back. No library.
(() => {
  const main = document.getElementById('seat');
  const notice = document.getElementById('notice');
  const q = new URLSearchParams(location.search);
  const room = q.get('room') || '', table = q.get('table') || '', seat = q.get('seat') || '';
  const key = 'overpromise:' + room.toUpperCase().replace(/\s/g, '') + ':' + table + ':' + seat;
  const protocol = +document.body.dataset.protocol;
  let ws, seq = 0, joined = false, retried = false;
  const send = (m) => ws && ws.readyState === 1 && ws.send(JSON.stringify(m));
  function connect() {
    ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/seat/ws');
    ws.onopen = () => send({ type: 'hello', protocol, room, table, seat, token: localStorage.getItem(key) });
    ws.onmessage = (e) => {
      const m = JSON.parse(e.data);
      if (m.token) { localStorage.setItem(key, m.token); seq = m.last_seq || 0; joined = true; }
      if (m.html !== undefined) {
        const at = document.activeElement && document.activeElement.dataset.n;
        main.innerHTML = m.html;
        notice.hidden = true;
        const again = at && main.querySelector('button[data-n="' + at + '"]');
        (again || main.querySelector('[autofocus]') || main.querySelector('button.choice'))?.focus({ preventScroll: true });
      }
      if (m.error) {
        notice.textContent = m.error;
        notice.hidden = false;
        if (!m.joined && localStorage.getItem(key) && m.retry && !retried) {
          // The token is spent (the seat was freed, or the host forgot it): ask as a new device.
          retried = true;
          localStorage.removeItem(key);
          send({ type: 'hello', protocol, room, table, seat, token: null });
        } else if (!m.joined) {
          document.getElementById('back').hidden = false;
        }
      }
    };
    ws.onclose = () => { if (joined) { joined = false; setTimeout(connect, 1000); } };
  }
  const version = () => +(document.getElementById('page')?.dataset.version || 0);
  document.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-n]');
    if (b) { seq += 1; send({ type: 'pick', seq, n: +b.dataset.n, version: version() }); }
    if (e.target.closest('[data-lift]')) send({ type: 'lift' });
  });
  document.addEventListener('submit', (e) => {
    const f = e.target.closest('form.retro');
    if (!f) return;
    e.preventDefault();
    send({ type: 'retro', r: +f.dataset.r, went_wrong: f.went_wrong.value, needed: f.needed.value });
  });
  document.addEventListener('keydown', (e) => {
    if (e.target.matches('input, textarea, select') || e.ctrlKey || e.metaKey || e.altKey) return;
    const b = /^[1-9]$/.test(e.key) && main.querySelector('button[data-n="' + e.key + '"]');
    if (b) { e.preventDefault(); b.focus(); }
  });
  connect();
})();
