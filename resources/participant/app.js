/* Bruinpapier phone page: write post-its and vote. Plain ES5 for old phone browsers.
   Every text from the server is shown with textContent, never as HTML.
   Notes wait in localStorage until the server confirms them; each has an idempotency
   key, so a note resent after a lost answer is still stored once. */
(function () {
  "use strict";

  var TEXTS = {
    nl: {
      other: "English", write: "Jouw post-it", send: "Versturen", mine: "Mijn post-its",
      edit: "Wijzigen", save: "Opslaan", cancel: "Annuleren", withdraw: "Intrekken",
      sure: "Ja, intrekken", pick: "Kies je subgroep", vote: "Stemmen",
      left: "Nog {n} van {d} stippen", voteClosed: "De stemming is gesloten.",
      profile: "Over jou (niet verplicht)", name: "Naam", group: "Geleding",
      none: "Geen keuze", saveProfile: "Bewaren", count: "{n} / {max} tekens",
      sent: "Verstuurd.", queued: "{n} post-it(s) wachten op verbinding en gaan vanzelf.",
      online: "Verbonden.", offline: "Geen verbinding; je post-its wachten hier.",
      closed: "Het schrijven is gesloten.", saved: "Bewaard.", withdrawn: "Ingetrokken.",
      too_long: "Te lang: maximaal {max} tekens (nu {n}). Maak je post-it korter.",
      empty: "Schrijf eerst iets.", rate: "Even rustig aan: probeer het zo weer.",
      locked: "Het schrijven is gesloten; je post-it is niet verstuurd.",
      full: "Er doen al te veel telefoons mee.", gone: "Die post-it bestaat niet meer.",
      vote_closed: "De stemming is gesloten.", no_dots: "Je stippen zijn op.",
      subgroup: "Kies eerst je subgroep.", error: "Dat lukte niet."
    },
    en: {
      other: "Nederlands", write: "Your post-it", send: "Send", mine: "My post-its",
      edit: "Edit", save: "Save", cancel: "Cancel", withdraw: "Withdraw",
      sure: "Yes, withdraw", pick: "Choose your subgroup", vote: "Voting",
      left: "{n} of {d} dots left", voteClosed: "Voting is closed.",
      profile: "About you (optional)", name: "Name", group: "Stakeholder group",
      none: "No choice", saveProfile: "Keep", count: "{n} / {max} characters",
      sent: "Sent.", queued: "{n} post-it(s) waiting for the connection; they go by themselves.",
      online: "Connected.", offline: "No connection; your post-its wait here.",
      closed: "Writing is closed.", saved: "Saved.", withdrawn: "Withdrawn.",
      too_long: "Too long: at most {max} characters (now {n}). Make your post-it shorter.",
      empty: "Write something first.", rate: "Slow down a little: try again shortly.",
      locked: "Writing is closed; your post-it was not sent.",
      full: "Too many phones have joined already.", gone: "That post-it no longer exists.",
      vote_closed: "Voting is closed.", no_dots: "You have no dots left.",
      subgroup: "Choose your subgroup first.", error: "That did not work."
    }
  };

  var path = location.pathname.match(/^(\/p\/[A-Za-z0-9_\-]+\/)(\d*)$/) || ["", "/", ""];
  var base = path[1];
  var urlSubgroup = path[2] ? parseInt(path[2], 10) : null;
  var storeKey = "bruinpapier:" + base;
  var saved = load();
  var lang = saved.lang || "nl";
  var state = null;
  var online = false;
  var sending = false;
  var socket = null;
  var retry = null;
  var editing = null;
  var confirming = null;

  function $(id) { return document.getElementById(id); }

  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey)) || {}; } catch (e) { return {}; }
  }

  function keep() {
    saved.lang = lang;
    try { localStorage.setItem(storeKey, JSON.stringify(saved)); } catch (e) { /* private mode */ }
  }

  function queue() { if (!saved.queue) { saved.queue = []; } return saved.queue; }

  function t(name, values) {
    var text = TEXTS[lang][name] || TEXTS[lang].error;
    for (var k in values) {
      if (values.hasOwnProperty(k)) { text = text.split("{" + k + "}").join(String(values[k])); }
    }
    return text;
  }

  function say(text, ok) {
    var el = $("message");
    el.textContent = text;
    el.className = ok ? "message ok" : "message";
  }

  function newKey() {
    var bytes = [];
    var c = window.crypto || window.msCrypto;
    if (c && c.getRandomValues) {
      var a = new Uint8Array(12);
      c.getRandomValues(a);
      for (var i = 0; i < a.length; i++) { bytes.push(a[i]); }
    } else {
      for (var j = 0; j < 12; j++) { bytes.push(Math.floor(Math.random() * 256)); }
    }
    var hex = "";
    for (var b = 0; b < bytes.length; b++) { hex += (bytes[b] < 16 ? "0" : "") + bytes[b].toString(16); }
    return hex + "-" + new Date().getTime().toString(36);
  }

  /* -- talking to the server ------------------------------------------------ */

  function request(method, action, body, done) {
    var xhr = new XMLHttpRequest();
    var url = base + "api/" + action;
    if (method === "GET") { url += "?d=" + encodeURIComponent(saved.device || ""); }
    xhr.open(method, url, true);
    xhr.timeout = 10000;
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) { return; }
      var data = null;
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
      done(xhr.status, data || {});
    };
    if (method === "POST") {
      xhr.setRequestHeader("Content-Type", "application/json");
      body.device = saved.device;
      xhr.send(JSON.stringify(body));
    } else {
      xhr.send();
    }
  }

  function answered(status, data) {
    if (status === 0 || status >= 500 && status !== 503) { offline(); return false; }
    connected();
    if (data.state) { state = data.state; render(); }
    if (status === 403 && data.error === "unknown") { saved.device = null; keep(); join(); }
    return status === 200;
  }

  function join() {
    request("POST", "join", { subgroup: urlSubgroup }, function (status, data) {
      if (status === 200) {
        saved.device = data.device;
        keep();
        connected();
        state = data.state;
        render();
        listen();
        flush();
      } else if (data.error) {
        connected();
        say(t(data.error));
      } else {
        offline();
      }
    });
  }

  function refresh() {
    if (!saved.device) { return; }
    request("GET", "state", null, answered);
  }

  function listen() {
    if (socket || !window.WebSocket || !saved.device) { return; }
    var url = "ws://" + location.host + base + "ws?d=" + encodeURIComponent(saved.device);
    try { socket = new WebSocket(url); } catch (e) { socket = null; later(); return; }
    socket.onopen = function () { connected(); refresh(); flush(); };
    socket.onmessage = function () { refresh(); };
    socket.onclose = function () { socket = null; offline(); };
  }

  function connected() {
    if (!online) { online = true; status(); }
  }

  function offline() {
    online = false;
    sending = false;
    status();
    later();
  }

  function later() {
    if (retry) { return; }
    retry = setTimeout(function () {
      retry = null;
      if (!saved.device) { join(); return; }
      listen();
      flush();
      if (!socket) { refresh(); }
    }, 2000);
  }

  function status() {
    $("status").textContent = online ? t("online") : t("offline");
    var n = queue().length;
    $("queued").textContent = n ? t("queued", { n: n }) : "";
  }

  /* Send the oldest waiting note; the next one goes when it is confirmed. */
  function flush() {
    var waiting = queue();
    if (sending || !waiting.length || !saved.device) { status(); return; }
    sending = true;
    var item = waiting[0];
    request("POST", "note", { key: item.key, text: item.text }, function (code, data) {
      sending = false;
      if (code === 0 || code >= 500 && code !== 503) { offline(); return; }
      if (code === 429) { say(t("rate")); later(); return; }
      drop(item.key);
      if (answered(code, data)) {
        say(t("sent"), true);
      } else {
        if ($("text").value === "") { $("text").value = item.text; counter(); }
        say(t(data.error || "error", { max: maxChars(), n: item.text.length }));
      }
      flush();
    });
  }

  function drop(key) {
    var waiting = queue();
    for (var i = 0; i < waiting.length; i++) {
      if (waiting[i].key === key) { waiting.splice(i, 1); break; }
    }
    keep();
    status();
  }

  function maxChars() { return state && state.max ? state.max : 500; }

  /* -- actions --------------------------------------------------------------- */

  function send() {
    var text = $("text").value.replace(/^\s+|\s+$/g, "");
    if (!text) { say(t("empty")); return; }
    if (text.length > maxChars()) {
      say(t("too_long", { max: maxChars(), n: text.length }));
      return;
    }
    queue().push({ key: newKey(), text: text });
    keep();
    $("text").value = "";
    counter();
    say("");
    flush();
  }

  /* A dot's answer carries only this phone's dots; patch them into the state. */
  function dotted(data) {
    if (!data.dots || !state || !state.vote) { return; }
    state.vote.left = data.dots.left;
    for (var i = 0; i < state.vote.notes.length; i++) {
      var note = state.vote.notes[i];
      note.mine = data.dots.mine[String(note.id)] || 0;
    }
    render();
  }

  function act(action, body, okText) {
    request("POST", action, body, function (code, data) {
      dotted(data);
      if (answered(code, data)) {
        if (okText) { say(t(okText), true); }
      } else if (code !== 0) {
        say(t(data.error || "error", { max: maxChars(), n: 0 }));
      }
    });
  }

  function counter() {
    var n = $("text").value.length;
    var el = $("count");
    el.textContent = t("count", { n: n, max: maxChars() });
    el.className = n > maxChars() ? "count over" : "count";
  }

  /* -- drawing ----------------------------------------------------------------- */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function button(text, onClick, className) {
    var b = el("button", className || "small", text);
    b.type = "button";
    b.onclick = onClick;
    return b;
  }

  function show(id, visible) {
    var node = $(id);
    node.className = node.className.replace(/\s*hide\b/g, "") + (visible ? "" : " hide");
  }

  function labels() {
    document.documentElement.lang = lang;
    $("lang").textContent = t("other");
    $("text-label").textContent = t("write");
    $("send").textContent = t("send");
    $("mine-title").textContent = t("mine");
    $("pick-title").textContent = t("pick");
    $("vote-title").textContent = t("vote");
    $("profile-title").textContent = t("profile");
    $("name-label").textContent = t("name");
    $("group-label").textContent = t("group");
    $("save-profile").textContent = t("saveProfile");
    counter();
    status();
  }

  function render() {
    labels();
    if (!state) { return; }
    $("title").textContent = state.round.title;
    $("question").textContent = state.round.question;
    var area = $("area");
    area.textContent = state.subgroup ? state.subgroup.name : "";
    area.style.borderLeftColor = state.subgroup && state.subgroup.colour || "#999";
    show("area", !!state.subgroup);
    renderPick();
    show("write", state.open && !!state.subgroup);
    if (!state.open) { $("status").textContent = t("closed"); }
    renderMine();
    renderVote();
    renderProfile();
  }

  function renderPick() {
    var box = $("subgroups");
    clear(box);
    show("pick", !state.subgroup);
    for (var i = 0; i < state.subgroups.length; i++) {
      (function (area) {
        var b = button(area.name, function () { act("profile", { name: state.me.name, group: state.me.group, subgroup: area.id }); });
        b.style.borderLeftColor = area.colour || "#999";
        box.appendChild(b);
      })(state.subgroups[i]);
    }
  }

  function renderMine() {
    var list = $("mine");
    clear(list);
    show("mine-section", state.mine.length > 0);
    for (var i = 0; i < state.mine.length; i++) {
      (function (note) {
        var li = el("li");
        if (editing === note.id && state.open) {
          var box = el("textarea");
          box.value = note.text;
          li.appendChild(box);
          li.appendChild(button(t("save"), function () {
            var text = box.value.replace(/^\s+|\s+$/g, "");
            if (text.length > maxChars()) { say(t("too_long", { max: maxChars(), n: text.length })); return; }
            editing = null;
            act("edit", { id: note.id, text: text }, "saved");
          }));
          li.appendChild(button(t("cancel"), function () { editing = null; render(); }, "small quiet"));
        } else {
          li.appendChild(el("span", "text", note.text));
          if (state.open) {
            li.appendChild(button(t("edit"), function () { editing = note.id; confirming = null; render(); }));
            if (confirming === note.id) {
              li.appendChild(button(t("sure"), function () { confirming = null; act("withdraw", { id: note.id }, "withdrawn"); }));
            } else {
              li.appendChild(button(t("withdraw"), function () { confirming = note.id; render(); }, "small quiet"));
            }
          }
        }
        list.appendChild(li);
      })(state.mine[i]);
    }
  }

  function renderVote() {
    var vote = state.vote;
    var list = $("vote");
    clear(list);
    show("vote-section", !!vote);
    if (!vote) { return; }
    $("dots-left").textContent = vote.open ? t("left", { n: vote.left, d: vote.dots }) : t("voteClosed");
    for (var i = 0; i < vote.notes.length; i++) {
      (function (note) {
        var li = el("li");
        li.appendChild(el("span", "text", note.text));
        li.appendChild(el("span", "dots", new Array(note.mine + 1).join("\u25CF") || "\u25CB"));
        if (vote.open) {
          var plus = button("+", function () { act("dot", { id: note.id, delta: 1 }); });
          plus.disabled = vote.left <= 0;
          var minus = button("\u2212", function () { act("dot", { id: note.id, delta: -1 }); }, "small quiet");
          minus.disabled = note.mine <= 0;
          li.appendChild(plus);
          li.appendChild(minus);
        }
        list.appendChild(li);
      })(vote.notes[i]);
    }
  }

  function renderProfile() {
    show("profile-section", true);
    var name = $("name");
    if (document.activeElement !== name) { name.value = state.me.name || ""; }
    var select = $("group");
    clear(select);
    var none = el("option", "", t("none"));
    none.value = "";
    select.appendChild(none);
    for (var i = 0; i < state.groups.length; i++) {
      var option = el("option", "", state.groups[i].name);
      option.value = String(state.groups[i].id);
      option.selected = state.me.group === state.groups[i].id;
      select.appendChild(option);
    }
  }

  /* -- start --------------------------------------------------------------------- */

  $("send").onclick = send;
  $("text").oninput = counter;
  $("lang").onclick = function () { lang = lang === "nl" ? "en" : "nl"; keep(); render(); };
  $("save-profile").onclick = function () {
    var group = $("group").value;
    act("profile", { name: $("name").value, group: group ? parseInt(group, 10) : null }, "saved");
  };
  labels();
  join();
})();
