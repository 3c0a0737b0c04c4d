/* Labtafel room input: the phone page. Plain JavaScript, no libraries, nothing from the internet.
   Everything a participant typed is shown with textContent, never as HTML. */
(function () {
  'use strict';

  var T = {
    nl: {
      pickGroup: 'Voor welke groep spreek je?', pickGroupHelp: 'Kies één keer; je kunt het later wijzigen.',
      changeGroup: 'Andere groep', waiting: 'Even wachten: de gespreksleider zet de volgende stap klaar.',
      INVENTORY: 'Wat gebeurt er al, en door wie?', INSIGHTS: 'Kansen en uitdagingen',
      RESEARCH_TEAMS: 'Onderzoeksteam', text: 'Jouw post-it', org: 'Organisatie of naam (mag leeg)',
      kinds: 'Soort', OBSERVATIONS: 'Opvallend', OPPORTUNITIES: 'Kans', CHALLENGES: 'Uitdaging', IDEAS: 'Idee',
      teams: 'Kies je team', lanes: 'Bij welke vraag?', send: 'Versturen', sending: 'Bezig met versturen…',
      count: '{0} van {1} tekens', vote: 'Zet je stippen op de thema\'s', dotsLeft: 'Je hebt nog {0} van {1} stippen.',
      add: 'Stip op {0}', remove: 'Stip weg van {0}', mine: '{0} stippen van jou op {1}', saved: 'Je stippen zijn bewaard.',
      saving: 'Stippen worden bewaard…', results: 'Uitslag van de stemming', votes: '{0} stippen', vote1: '1 stip', closedNote: 'De stemming is gesloten.',
      sent: 'Wat je stuurde', s_queued: 'Nog niet verstuurd: wordt opnieuw geprobeerd…', s_PENDING: 'Ontvangen, wacht op de gespreksleider',
      s_ACCEPTED: 'Opgenomen', s_REJECTED: 'Niet opgenomen',
      badRequest: 'Dit kon niet worden verwerkt.', wrongSecret: 'Deze link werkt niet meer. Scan de code op het scherm opnieuw.',
      notFound: 'Niet gevonden.', method: 'Dit kon niet worden verwerkt.', wrongPhase: 'De sessie is al verder: dit past niet meer bij deze stap.',
      votingClosed: 'De stemming is al gesloten.', tooLarge: 'Dit bericht is te groot.', empty: 'Schrijf eerst iets.',
      tooLong: 'Te lang: maximaal {0} tekens.', unknownGroup: 'Kies eerst je groep.', unknownTeam: 'Dat team bestaat niet meer.',
      unknownTheme: 'Dat thema bestaat niet meer.', tooManyDots: 'Je hebt niet zoveel stippen.',
      tooMany: 'Rustig aan: je stuurt veel tegelijk. Over {0} seconden kan het weer.', roomFull: 'De zaal zit vol: er kunnen geen telefoons meer bij.',
      notSaved: 'Nog niet bewaard op de laptop; wordt opnieuw geprobeerd.', offline: 'Geen verbinding met de laptop. Je bericht wordt bewaard en opnieuw verstuurd.'
    },
    en: {
      pickGroup: 'Which group do you speak for?', pickGroupHelp: 'Choose once; you can change it later.',
      changeGroup: 'Other group', waiting: 'Please wait: the facilitator is preparing the next step.',
      INVENTORY: 'What already happens, and by whom?', INSIGHTS: 'Opportunities and challenges',
      RESEARCH_TEAMS: 'Research team', text: 'Your post-it', org: 'Organisation or name (may be empty)',
      kinds: 'Kind', OBSERVATIONS: 'Stands out', OPPORTUNITIES: 'Opportunity', CHALLENGES: 'Challenge', IDEAS: 'Idea',
      teams: 'Choose your team', lanes: 'Which question?', send: 'Send', sending: 'Sending…',
      count: '{0} of {1} characters', vote: 'Place your dots on the themes', dotsLeft: 'You have {0} of {1} dots left.',
      add: 'Dot on {0}', remove: 'Take a dot from {0}', mine: '{0} of your dots on {1}', saved: 'Your dots are saved.',
      saving: 'Saving your dots…', results: 'Result of the vote', votes: '{0} dots', vote1: '1 dot', closedNote: 'Voting is closed.',
      sent: 'What you sent', s_queued: 'Not sent yet: trying again…', s_PENDING: 'Received, waiting for the facilitator',
      s_ACCEPTED: 'Accepted', s_REJECTED: 'Not accepted',
      badRequest: 'This could not be processed.', wrongSecret: 'This link no longer works. Scan the code on the screen again.',
      notFound: 'Not found.', method: 'This could not be processed.', wrongPhase: 'The session has moved on: this no longer fits this step.',
      votingClosed: 'Voting is already closed.', tooLarge: 'This message is too large.', empty: 'Write something first.',
      tooLong: 'Too long: at most {0} characters.', unknownGroup: 'Choose your group first.', unknownTeam: 'That team no longer exists.',
      unknownTheme: 'That theme no longer exists.', tooManyDots: 'You do not have that many dots.',
      tooMany: 'Slow down: you are sending a lot at once. Try again in {0} seconds.', roomFull: 'The room is full: no more phones can join.',
      notSaved: 'Not yet saved on the laptop; trying again.', offline: 'No connection to the laptop. Your message is kept and sent again.'
    }
  };

  function pickLanguage() {
    var list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'nl'];
    for (var i = 0; i < list.length; i++) {
      var l = String(list[i]).toLowerCase();
      if (l.indexOf('nl') === 0) { return 'nl'; }
      if (l.indexOf('en') === 0) { return 'en'; }
    }
    return 'en';
  }

  var lang = pickLanguage();
  var t = T[lang];
  document.documentElement.lang = lang;
  function fmt(s) {
    var args = arguments;
    return s.replace(/\{(\d)\}/g, function (m, i) { return String(args[+i + 1]); });
  }
  function $(id) { return document.getElementById(id); }
  function show(el, on) { el.hidden = !on; }

  var store = window.localStorage;
  var scope = 'lt:' + location.pathname + ':';
  function load(name, fallback) {
    try { var v = store.getItem(scope + name); return v === null ? fallback : JSON.parse(v); } catch (e) { return fallback; }
  }
  function save(name, value) { try { store.setItem(scope + name, JSON.stringify(value)); } catch (e) { /* private mode */ } }
  function randomKey() {
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    var s = '';
    for (var i = 0; i < bytes.length; i++) { s += ('0' + bytes[i].toString(16)).slice(-2); }
    return s;
  }

  var device = load('device', null) || randomKey();
  save('device', device);
  var ballotKey = load('ballot', null) || randomKey();
  save('ballot', ballotKey);
  var group = load('group', null);
  var sent = load('sent', []);
  var state = null;
  var choice = { kind: 'OBSERVATIONS', team: null, lane: 'INGREDIENTS' };
  var myDots = [];
  var dotsTouched = false;

  function api(path, body) {
    var opts = { method: body ? 'POST' : 'GET', headers: { 'X-Labtafel-Device': device }, cache: 'no-store' };
    if (body) { opts.headers['Content-Type'] = 'application/json'; opts.body = JSON.stringify(body); }
    return fetch('api/' + path, opts).then(function (r) {
      return r.json().then(function (j) { return { status: r.status, body: j }; },
        function () { return { status: r.status, body: {} }; });
    });
  }

  function refusalText(body) {
    var text = t[body.error] || t.badRequest;
    if (body.error === 'tooLong') { return fmt(text, body.limit); }
    if (body.error === 'tooMany') { return fmt(text, body.retryAfter || 10); }
    return text;
  }

  function problem(text) { $('problem').textContent = text || ''; show($('problem'), !!text); }

  // ---- state from the laptop

  function refresh() {
    return api('state?ballot=' + ballotKey).then(function (r) {
      if (r.status !== 200) { problem(refusalText(r.body)); return; }
      problem('');
      var first = state === null;
      var phaseChanged = state && state.phase !== r.body.phase;
      state = r.body;
      if (first || !dotsTouched || phaseChanged) { myDots = (state.myBallot || []).slice(); }
      render(phaseChanged || first);
    }, function () { problem(t.offline); });
  }

  function groupById(id) {
    if (!state) { return null; }
    for (var i = 0; i < state.groups.length; i++) { if (state.groups[i].id === id) { return state.groups[i]; } }
    return null;
  }
  function groupName(g) { return (lang === 'en' ? g.en : g.nl) || g.nl || g.en; }

  function render(rebuild) {
    show($('loading'), false);
    $('title').textContent = state.title || 'Labtafel';
    var g = groupById(group);
    var phase = state.phase;
    var writes = phase === 'INVENTORY' || phase === 'INSIGHTS' || phase === 'RESEARCH_TEAMS';
    var needsGroup = !g && (writes || phase === 'THEMES');
    show($('pick-group'), needsGroup);
    show($('group-line'), !!g);
    if (g) {
      $('group-chip').textContent = groupName(g);
      $('group-chip').style.borderLeftColor = g.colour;
    }
    if (needsGroup) { renderGroups(); }
    show($('write'), writes && !needsGroup);
    show($('vote'), phase === 'THEMES' && !state.votingClosed && !needsGroup);
    show($('results'), phase === 'THEMES' && state.votingClosed);
    show($('waiting'), !writes && phase !== 'THEMES');
    if (writes && !needsGroup && rebuild !== false) { renderWrite(); }
    if (phase === 'THEMES') { state.votingClosed ? renderResults() : renderVote(); }
    renderSent();
  }

  function button(label, pressed, onClick, colour) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'choice';
    b.setAttribute('aria-pressed', pressed ? 'true' : 'false');
    if (colour) {
      var s = document.createElement('span');
      s.className = 'swatch';
      s.style.background = colour;
      s.setAttribute('aria-hidden', 'true');
      b.appendChild(s);
    }
    b.appendChild(document.createTextNode(label));
    b.addEventListener('click', onClick);
    return b;
  }

  function renderGroups() {
    var box = $('groups');
    box.textContent = '';
    state.groups.forEach(function (g) {
      box.appendChild(button(groupName(g), g.id === group, function () {
        group = g.id; save('group', group); render(true);
        $('text').focus();
      }, g.colour));
    });
  }

  function renderChoices(box, legendId, legend, items, current, onPick) {
    Array.prototype.slice.call(box.querySelectorAll('.choice')).forEach(function (n) { n.remove(); });
    $(legendId).textContent = legend;
    items.forEach(function (item) {
      box.appendChild(button(item.label, item.value === current, function () { onPick(item.value); renderWrite(); }));
    });
  }

  function renderWrite() {
    var phase = state.phase;
    $('write-title').textContent = t[phase];
    $('text-label').textContent = t.text;
    $('send').textContent = t.send;
    $('org-label').textContent = t.org;
    show($('org-box'), !!state.allowNames);
    show($('kinds'), phase === 'INSIGHTS');
    show($('teams'), phase === 'RESEARCH_TEAMS');
    show($('lanes'), phase === 'RESEARCH_TEAMS');
    if (phase === 'INSIGHTS') {
      renderChoices($('kinds'), 'kinds-legend', t.kinds, ['OBSERVATIONS', 'OPPORTUNITIES', 'CHALLENGES', 'IDEAS'].map(function (k) {
        return { label: t[k], value: k };
      }), choice.kind, function (v) { choice.kind = v; });
    }
    if (phase === 'RESEARCH_TEAMS') {
      if (!choice.team && state.teams.length) { choice.team = load('team', state.teams[0].id); }
      renderChoices($('teams'), 'teams-legend', t.teams, state.teams.map(function (tm) {
        return { label: tm.name, value: tm.id };
      }), choice.team, function (v) { choice.team = v; save('team', v); });
      renderChoices($('lanes'), 'lanes-legend', t.lanes, Object.keys(state.lanes).map(function (k) {
        var q = state.lanes[k];
        return { label: (lang === 'en' ? q.en : q.nl) || q.nl, value: k };
      }), choice.lane, function (v) { choice.lane = v; });
    }
    $('text').setAttribute('maxlength', String(state.maxChars + 50));
    updateCount();
  }

  function updateCount() {
    var n = Array.from ? Array.from($('text').value).length : $('text').value.length;
    $('count').textContent = fmt(t.count, n, state ? state.maxChars : 280);
  }

  // ---- sending items: kept until the laptop answers, retried with the same key (no duplicates)

  function send(e) {
    e.preventDefault();
    var text = $('text').value.trim();
    if (!text) { problem(t.empty); return; }
    if (Array.from && Array.from(text).length > state.maxChars) { problem(fmt(t.tooLong, state.maxChars)); return; }
    var item = { key: randomKey(), text: text, group: group, organisation: state.allowNames ? $('org').value.trim() : '' };
    if (state.phase === 'INVENTORY') { item.kind = 'NOTE'; }
    if (state.phase === 'INSIGHTS') { item.kind = 'INSIGHT'; item.insightKind = choice.kind; }
    if (state.phase === 'RESEARCH_TEAMS') { item.kind = 'CANVAS_NOTE'; item.teamId = choice.team; item.lane = choice.lane; }
    var entry = { item: item, state: 'queued', note: '' };
    sent.unshift(entry);
    sent = sent.slice(0, 50);
    save('sent', sent);
    $('text').value = '';
    updateCount();
    problem('');
    deliver(entry);
    renderSent();
  }

  var delivering = {};
  function deliver(entry) {
    if (delivering[entry.item.key]) { return; }
    delivering[entry.item.key] = true;
    $('send').disabled = true;
    $('send').textContent = t.sending;
    api('items', entry.item).then(function (r) {
      if (r.status === 200) {
        entry.state = r.body.status; entry.note = '';
      } else if (r.status === 503 || r.status === 429) {
        entry.state = 'queued'; entry.note = refusalText(r.body);
      } else {
        entry.state = 'failed'; entry.note = refusalText(r.body);
      }
    }, function () {
      entry.state = 'queued'; entry.note = t.offline;
    }).then(function () {
      delete delivering[entry.item.key];
      $('send').disabled = false;
      $('send').textContent = t.send;
      save('sent', sent);
      renderSent();
    });
  }

  function stateText(entry) {
    if (entry.state === 'failed') { return entry.note; }
    var s = t['s_' + entry.state] || t.s_queued;
    return entry.note && entry.state === 'queued' ? entry.note : s;
  }

  function renderSent() {
    show($('sent-box'), sent.length > 0);
    $('sent-title').textContent = t.sent;
    var list = $('sent');
    list.textContent = '';
    sent.forEach(function (entry) {
      var li = document.createElement('li');
      li.className = entry.state === 'ACCEPTED' ? 'ok' : (entry.state === 'REJECTED' || entry.state === 'failed') ? 'no'
        : entry.state === 'PENDING' ? '' : 'queued';
      var text = document.createElement('span');
      text.className = 'text';
      text.textContent = entry.item.text;
      var st = document.createElement('span');
      st.className = 'state';
      st.textContent = stateText(entry);
      li.appendChild(text);
      li.appendChild(st);
      list.appendChild(li);
    });
  }

  function followUp() {
    sent.forEach(function (e) { if (e.state === 'queued') { deliver(e); } });
    var open = sent.filter(function (e) { return e.state === 'PENDING'; }).map(function (e) { return e.item.key; });
    if (!open.length) { return; }
    api('status', { keys: open }).then(function (r) {
      if (r.status !== 200) { return; }
      var changed = false;
      sent.forEach(function (e) {
        var s = r.body.statuses[e.item.key];
        if (s && s !== e.state) { e.state = s; changed = true; }
      });
      if (changed) { save('sent', sent); renderSent(); }
    }, function () { /* next round */ });
  }

  // ---- dots

  function countOf(id) { return myDots.filter(function (d) { return d === id; }).length; }

  function renderVote() {
    $('vote-title').textContent = t.vote;
    $('dots-left').textContent = fmt(t.dotsLeft, state.dots - myDots.length, state.dots);
    var list = $('themes');
    list.textContent = '';
    state.themes.forEach(function (theme) {
      var li = document.createElement('li');
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = theme.name;
      var minus = document.createElement('button');
      minus.type = 'button'; minus.className = 'dot'; minus.textContent = '\u2212';
      minus.setAttribute('aria-label', fmt(t.remove, theme.name));
      minus.disabled = countOf(theme.id) === 0;
      minus.addEventListener('click', function () { changeDots(theme.id, -1); });
      var mine = document.createElement('span');
      mine.className = 'mine';
      mine.textContent = String(countOf(theme.id));
      mine.setAttribute('aria-label', fmt(t.mine, countOf(theme.id), theme.name));
      var plus = document.createElement('button');
      plus.type = 'button'; plus.className = 'dot'; plus.textContent = '+';
      plus.setAttribute('aria-label', fmt(t.add, theme.name));
      plus.disabled = myDots.length >= state.dots;
      plus.addEventListener('click', function () { changeDots(theme.id, 1); });
      li.appendChild(name); li.appendChild(minus); li.appendChild(mine); li.appendChild(plus);
      list.appendChild(li);
    });
  }

  var voteTimer = null;
  function changeDots(id, delta) {
    if (delta > 0 && myDots.length < state.dots) { myDots.push(id); }
    if (delta < 0) { var i = myDots.indexOf(id); if (i >= 0) { myDots.splice(i, 1); } }
    dotsTouched = true;
    renderVote();
    $('vote-state').textContent = t.saving;
    clearTimeout(voteTimer);
    voteTimer = setTimeout(sendBallot, 400);
  }

  function sendBallot() {
    api('ballot', { ballot: ballotKey, themes: myDots }).then(function (r) {
      if (r.status === 200) { dotsTouched = false; $('vote-state').textContent = t.saved; problem(''); }
      else { $('vote-state').textContent = ''; problem(refusalText(r.body)); if (r.status === 503 || r.status === 429) { voteTimer = setTimeout(sendBallot, 3000); } }
    }, function () { problem(t.offline); voteTimer = setTimeout(sendBallot, 3000); });
  }

  function renderResults() {
    $('results-title').textContent = t.results;
    var list = $('result-list');
    list.textContent = '';
    state.themes.slice().sort(function (a, b) { return (b.votes || 0) - (a.votes || 0); }).forEach(function (theme) {
      var li = document.createElement('li');
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = theme.name;
      var votes = document.createElement('span');
      votes.className = 'votes';
      votes.textContent = theme.votes === 1 ? t.vote1 : fmt(t.votes, theme.votes || 0);
      li.appendChild(name); li.appendChild(votes);
      list.appendChild(li);
    });
  }

  // ---- start

  $('pick-group-title').textContent = t.pickGroup;
  $('pick-group-help').textContent = t.pickGroupHelp;
  $('change-group').textContent = t.changeGroup;
  $('waiting-text').textContent = t.waiting;
  $('write').addEventListener('submit', send);
  $('text').addEventListener('input', updateCount);
  $('change-group').addEventListener('click', function () { group = null; save('group', null); render(true); });
  refresh().then(followUp);
  setInterval(function () { refresh().then(followUp); }, 4000);
})();
