// The asl4j console: a plain script that calls the same JSON API the AWS SDKs call.
"use strict";

const $ = (sel) => document.querySelector(sel);

async function api(op, body) {
  const r = await fetch("/", {
    method: "POST",
    headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "AWSStepFunctions." + op },
    body: JSON.stringify(body || {}),
  });
  const json = await r.json();
  if (!r.ok) {
    throw new Error(json.__type + ": " + json.message);
  }
  return json;
}

function date(seconds) {
  return seconds === undefined ? "" : new Date(seconds * 1000).toISOString().replace("T", " ").replace("Z", "");
}

function cell(tr, content) {
  const td = document.createElement("td");
  if (content instanceof Node) td.appendChild(content); else td.textContent = content;
  tr.appendChild(td);
  return td;
}

function link(text, hash) {
  const a = document.createElement("a");
  a.textContent = text;
  a.href = hash;
  return a;
}

function pretty(text) {
  try { return JSON.stringify(JSON.parse(text), null, 2); } catch (e) { return text || ""; }
}

function show(view) {
  for (const id of ["machines-view", "machine-view", "execution-view"]) {
    $("#" + id).hidden = id !== view;
  }
}

let timer = null;
function refreshEvery(ms, f) {
  clearInterval(timer);
  timer = setInterval(() => f().catch(report), ms);
}

function report(e) {
  $("#message").textContent = e.message;
}

async function machines() {
  show("machines-view");
  const r = await api("ListStateMachines", { maxResults: 1000 });
  const body = $("#machines tbody");
  body.replaceChildren();
  for (const m of r.stateMachines) {
    const tr = document.createElement("tr");
    cell(tr, link(m.name, "#/machine/" + encodeURIComponent(m.stateMachineArn)));
    cell(tr, m.type);
    cell(tr, date(m.creationDate));
    body.appendChild(tr);
  }
}

async function machine(arn) {
  show("machine-view");
  const m = await api("DescribeStateMachine", { stateMachineArn: arn });
  $("#machine-name").textContent = m.name;
  $("#machine-graph").innerHTML = await (await fetch("/console/graph.svg?stateMachineArn=" + encodeURIComponent(arn))).text();
  const load = async () => {
    const filter = $("#status-filter").value;
    const body = $("#executions tbody");
    if (m.type === "EXPRESS") {
      body.replaceChildren();
      return;
    }
    const r = await api("ListExecutions", filter ? { stateMachineArn: arn, statusFilter: filter, maxResults: 200 }
                                                 : { stateMachineArn: arn, maxResults: 200 });
    body.replaceChildren();
    for (const e of r.executions) {
      const tr = document.createElement("tr");
      tr.dataset.arn = e.executionArn;
      cell(tr, link(e.name, "#/execution/" + encodeURIComponent(e.executionArn)));
      const s = document.createElement("span");
      s.className = "status " + e.status;
      s.textContent = e.status;
      cell(tr, s);
      cell(tr, date(e.startDate));
      cell(tr, date(e.stopDate));
      body.appendChild(tr);
    }
  };
  $("#status-filter").onchange = () => load().catch(report);
  await load();
  refreshEvery(2000, load);
}

async function execution(arn) {
  show("execution-view");
  let lastEvents = -1;
  const load = async () => {
    const d = await api("DescribeExecution", { executionArn: arn });
    $("#execution-name").textContent = d.name;
    const status = $("#status");
    status.textContent = d.status;
    status.className = "status " + d.status;
    $("#execution-error").textContent = d.error ? d.error + (d.cause ? ": " + d.cause : "") : "";
    $("#execution-input").textContent = "input:\n" + pretty(d.input);
    $("#execution-output").textContent = "output:\n" + (d.output === undefined ? "" : pretty(d.output));
    const events = [];
    let token;
    do {
      const page = await api("GetExecutionHistory", { executionArn: arn, maxResults: 1000, nextToken: token });
      events.push(...page.events);
      token = page.nextToken;
    } while (token);
    if (events.length !== lastEvents) {
      lastEvents = events.length;
      const svg = await fetch("/console/graph.svg?executionArn=" + encodeURIComponent(arn));
      $("#graph").innerHTML = await svg.text();
      const body = $("#history tbody");
      body.replaceChildren();
      for (const e of events) {
        const tr = document.createElement("tr");
        cell(tr, String(e.id));
        cell(tr, e.type);
        cell(tr, date(e.timestamp));
        const key = Object.keys(e).find((k) => k.endsWith("EventDetails"));
        const pre = document.createElement("pre");
        if (key) {
          const details = Object.assign({}, e[key]);
          for (const f of ["input", "output", "parameters"]) {
            if (typeof details[f] === "string") details[f] = JSON.parse(pretty(details[f]) || "null");
          }
          pre.textContent = JSON.stringify(details, null, 2);
        }
        cell(tr, pre);
        body.appendChild(tr);
      }
    }
    await pending(arn);
    if (d.status !== "RUNNING") {
      clearInterval(timer);
    }
  };
  await load();
  refreshEvery(1000, load);
}

async function pending(arn) {
  const r = await (await fetch("/console/pending?executionArn=" + encodeURIComponent(arn))).json();
  const box = $("#pending");
  const shown = new Set([...box.querySelectorAll(".token")].map((t) => t.dataset.token));
  const wanted = new Set(r.pending.map((p) => p.taskToken));
  if (shown.size === wanted.size && [...wanted].every((t) => shown.has(t))) {
    return; // unchanged: keep what the user is typing
  }
  box.replaceChildren();
  if (r.pending.length === 0) {
    const p = document.createElement("p");
    p.className = "none";
    p.textContent = "No task token is waiting.";
    box.appendChild(p);
  }
  for (const p of r.pending) {
    const div = document.createElement("div");
    div.className = "token";
    div.dataset.token = p.taskToken;
    const title = document.createElement("p");
    title.textContent = p.stateName + " waits for " + p.taskToken.slice(0, 24) + "…";
    const output = document.createElement("textarea");
    output.className = "output";
    output.value = "{}";
    const ok = document.createElement("button");
    ok.className = "succeed";
    ok.textContent = "Send task success";
    ok.onclick = () => api("SendTaskSuccess", { taskToken: p.taskToken, output: output.value })
      .then(() => execution(arn)).catch(report);
    const error = document.createElement("input");
    error.className = "error";
    error.placeholder = "error";
    const fail = document.createElement("button");
    fail.className = "fail";
    fail.textContent = "Send task failure";
    fail.onclick = () => api("SendTaskFailure", { taskToken: p.taskToken, error: error.value || "Rejected", cause: "from the console" })
      .then(() => execution(arn)).catch(report);
    div.append(title, output, ok, error, fail);
    box.appendChild(div);
  }
}

function route() {
  $("#message").textContent = "";
  clearInterval(timer);
  const h = location.hash;
  const go = h.startsWith("#/execution/") ? execution(decodeURIComponent(h.slice(12)))
           : h.startsWith("#/machine/") ? machine(decodeURIComponent(h.slice(10)))
           : machines();
  go.catch(report);
}

window.addEventListener("hashchange", route);
route();
