// Market Assistant sandbox chat: draws the persona's chat from the JSON API and sends what the
// user does. No framework and no build step. Nothing from the server or the user is ever parsed
// as HTML: messages arrive as an allow-listed tree and are built with DOM calls, everything
// else is set as text.
(() => {
	'use strict';

	const body = document.body;
	const api = body.dataset.api;
	const persona = body.dataset.persona;
	const chat = document.getElementById('chat');
	const empty = document.getElementById('empty');
	const input = document.getElementById('text');
	const toastBox = document.getElementById('toast');
	const TAGS = new Set(['b', 'i', 'u', 's', 'code', 'pre', 'blockquote', 'a', 'spoiler']);
	const POLL_MS = 1000;
	const KEPT_BUBBLES = 200;

	const shown = new Map(); // message id -> { element, message }
	let revision = 0;
	let timer = null;
	let polling = null;
	let pollAgain = false;

	// ---- what the user sent: kept in this tab only (never stored on the server) ----

	const storageKey = 'sandbox.sent.' + persona;

	function sentBubbles() {
		try {
			const stored = JSON.parse(sessionStorage.getItem(storageKey) || '{}');
			return Array.isArray(stored.bubbles) ? stored : { since: null, bubbles: [] };
		} catch (e) {
			return { since: null, bubbles: [] };
		}
	}

	function store(stored) {
		try {
			sessionStorage.setItem(storageKey, JSON.stringify(stored));
		} catch (e) {
			// a full or disabled storage only costs the bubbles after a reload
		}
	}

	function keepBubble(bubble) {
		const stored = sentBubbles();
		stored.bubbles.push(bubble);
		stored.bubbles = stored.bubbles.slice(-KEPT_BUBBLES);
		store(stored);
	}

	// The server's chat began at 'value' (0: not yet). Bubbles kept for another chat (the data
	// was reset) are dropped; bubbles sent before the chat began belong to it.
	function adoptSince(value) {
		const stored = sentBubbles();
		if (stored.since === value) {
			return;
		}
		if (stored.since) {
			stored.bubbles = [];
		}
		stored.since = value;
		store(stored);
	}

	function lastShownId() {
		let last = 0;
		for (const id of shown.keys()) {
			last = Math.max(last, id);
		}
		return last;
	}

	// Bubbles are ordered by the assistant's message ids: a user bubble sits after the message
	// that was last shown when it was sent.
	function place(element, order) {
		element.dataset.order = String(order);
		empty.hidden = true;
		const stick = chat.scrollHeight - chat.scrollTop - chat.clientHeight < 80;
		const fresh = element.parentNode !== chat;
		const next = Array.from(chat.querySelectorAll('.msg')).find(other => other !== element && Number(other.dataset.order) > order);
		if (element.parentNode !== chat || (next && element.nextSibling !== next)) {
			chat.insertBefore(element, next || null);
		}
		if (stick) {
			// a new message taller than the chat is read from its top (a warning comes first), not its end;
			// an earlier one redrawn (its buttons disabled) keeps the reader at the end, where the next reply comes
			const tall = fresh && element.classList.contains('bot') && element.offsetHeight > chat.clientHeight - 16;
			chat.scrollTop = tall ? element.offsetTop - chat.offsetTop - 8 : chat.scrollHeight;
		}
	}

	function showUserBubble(bubble) {
		const element = document.createElement('div');
		element.className = 'msg user';
		element.textContent = bubble.text;
		const sameSpot = chat.querySelectorAll('.msg.user[data-after="' + bubble.after + '"]').length;
		element.dataset.after = String(bubble.after);
		place(element, bubble.after * 1000 + 1 + Math.min(sameSpot, 998));
	}

	function sayAsUser(text) {
		const bubble = { after: lastShownId(), text: text };
		keepBubble(bubble);
		showUserBubble(bubble);
	}

	// ---- the assistant's messages ----

	// a /command in the assistant's text is tappable, as in Telegram's apps (a buyer link's
	// "/start order_…" with its parameter)
	const COMMAND = /(^|[\s(（])(\/start order_[A-Za-z0-9_-]+|\/[a-z][a-z_]{1,31})(?![\w/])/g;

	function commandsIn(parent, text) {
		let last = 0;
		for (const match of text.matchAll(COMMAND)) {
			const start = match.index + match[1].length;
			parent.append(document.createTextNode(text.substring(last, start)));
			const link = document.createElement('a');
			link.className = 'command';
			link.href = '#';
			link.textContent = match[2];
			link.addEventListener('click', event => {
				event.preventDefault();
				sendText(match[2]);
			});
			parent.append(link);
			last = start + match[2].length;
		}
		parent.append(document.createTextNode(text.substring(last)));
	}

	function build(parent, nodes, inCode) {
		for (const node of nodes || []) {
			if (!node.tag) {
				if (inCode) {
					parent.append(document.createTextNode(node.text || ''));
				} else {
					commandsIn(parent, node.text || '');
				}
				continue;
			}
			if (!TAGS.has(node.tag)) {
				build(parent, node.children, inCode);
				continue;
			}
			let element;
			if (node.tag === 'a') {
				if (!/^https?:\/\//i.test(node.href || '')) {
					build(parent, node.children, inCode);
					continue;
				}
				element = document.createElement('a');
				element.href = node.href;
				element.target = '_blank';
				element.rel = 'noopener noreferrer';
			} else if (node.tag === 'spoiler') {
				element = document.createElement('span');
				element.className = 'spoiler';
			} else {
				element = document.createElement(node.tag);
			}
			build(element, node.children, inCode || node.tag === 'a' || node.tag === 'pre');
			parent.append(element);
		}
	}

	function keyboard(message, element) {
		const rows = document.createElement('div');
		rows.className = 'keyboard';
		for (const row of message.keyboard) {
			const line = document.createElement('div');
			line.className = 'row';
			for (const button of row) {
				line.append(button.url ? linkButton(button) : choiceButton(message, button, element));
			}
			rows.append(line);
		}
		return rows;
	}

	function linkButton(button) {
		if (body.dataset.payLink && String(button.url).startsWith(body.dataset.payLink)) {
			return payLinkButton(button);
		}
		const safe = /^https?:\/\//i.test(button.url);
		const link = document.createElement(safe ? 'a' : 'span');
		link.className = 'btn link';
		link.textContent = button.label + ' ↗';
		if (safe) {
			link.href = button.url;
			link.target = '_blank';
			link.rel = 'noopener noreferrer';
		}
		return link;
	}

	// the payment-link gateway's page is the marketplace's, not there in the sandbox: the button
	// says so (and where to pay instead) rather than opening a dead page
	function payLinkButton(button) {
		const stub = document.createElement('span');
		stub.className = 'btn link unavailable';
		stub.setAttribute('aria-disabled', 'true');
		stub.textContent = button.label;
		const note = document.createElement('small');
		note.className = 'why';
		note.textContent = body.dataset.tPayLink;
		stub.append(note);
		return stub;
	}

	function choiceButton(message, button, element) {
		const press = document.createElement('button');
		press.type = 'button';
		press.className = 'btn';
		press.textContent = button.label;
		press.disabled = !message.live;
		press.dataset.data = button.data;
		if (!message.live && chosen()[message.id] === button.data) {
			press.classList.add('chosen'); // what this person answered, as they remember it
			press.setAttribute('aria-pressed', 'true');
		}
		press.addEventListener('click', () => pressButton(message.id, button.data, element));
		return press;
	}

	function showMessage(message) {
		const known = shown.get(message.id);
		if (known && known.message.revision > message.revision) {
			return;
		}
		const element = known ? known.element : document.createElement('article');
		element.className = 'msg bot' + (message.live ? ' live' : '');
		element.dataset.id = String(message.id);
		const text = document.createElement('div');
		text.className = 'text';
		build(text, message.content);
		const parts = [text];
		if (message.keyboard.length) {
			parts.push(keyboard(message, element));
		}
		if (message.edited) {
			const note = document.createElement('span');
			note.className = 'edited';
			note.textContent = body.dataset.tEdited;
			parts.push(note);
		}
		element.replaceChildren(...parts);
		shown.set(message.id, { element: element, message: message });
		place(element, message.id * 1000);
	}

	// ---- talking to the server ----

	async function poll() {
		if (polling) {
			pollAgain = true;
			return polling;
		}
		clearTimeout(timer);
		polling = (async () => {
			try {
				const response = await fetch(api + '/messages?after=' + revision, { cache: 'no-store' });
				if (response.ok) {
					const page = await response.json();
					adoptSince(page.since);
					page.messages.forEach(showMessage);
					revision = Math.max(revision, page.revision);
				}
			} catch (e) {
				// the server may be restarting; the next poll tries again
			}
		})();
		await polling;
		polling = null;
		if (pollAgain) {
			pollAgain = false;
			return poll();
		}
		timer = setTimeout(poll, POLL_MS);
	}

	async function post(path, payload) {
		try {
			const response = await fetch(api + path, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', 'X-Sandbox-Request': '1' },
				body: JSON.stringify(payload || {})
			});
			if (!response.ok) {
				toast(body.dataset.tFailed);
				return null;
			}
			const answer = response.status === 204 ? {} : await response.json();
			if (answer.notice) {
				toast(answer.notice);
			} else if (answer.pending) {
				toast(body.dataset.tPending);
			}
			return answer;
		} catch (e) {
			toast(body.dataset.tFailed);
			return null;
		} finally {
			poll();
		}
	}

	// the button pressed under each message, kept in this tab (as the user's own bubbles are)
	const choiceKey = 'sandbox.chosen.' + persona;

	function chosen() {
		try {
			return JSON.parse(sessionStorage.getItem(choiceKey) || '{}');
		} catch (e) {
			return {};
		}
	}

	function choose(messageId, data) {
		const all = chosen();
		all[messageId] = data;
		try {
			sessionStorage.setItem(choiceKey, JSON.stringify(all));
		} catch (e) {
			// only the mark is lost
		}
	}

	async function pressButton(messageId, data, element) {
		choose(messageId, data);
		element.querySelectorAll('button.btn').forEach(button => { button.disabled = true; });
		element.classList.add('pressed');
		await post('/press', { messageId: messageId, data: data });
		element.classList.remove('pressed');
		const known = shown.get(messageId);
		if (known) {
			showMessage(known.message);
		}
	}

	function sendText(text) {
		if (!text.trim()) {
			return;
		}
		sayAsUser(text);
		post('/text', { text: text });
	}

	function size(bytes) {
		if (bytes < 1024) {
			return bytes + ' B';
		}
		const units = ['KB', 'MB', 'GB'];
		let value = bytes / 1024;
		let unit = 0;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return value.toFixed(1) + ' ' + units[unit];
	}

	// product files are at most 5 MB: up to that the page sends the content too (the product storage keeps it)
	const MAX_FILE_CONTENT = 5 * 1024 * 1024;

	function sendFile(picker, photo) {
		const file = picker.files && picker.files[0];
		picker.value = '';
		if (!file) {
			return;
		}
		const label = photo ? body.dataset.tSentPhoto : body.dataset.tSentDocument;
		sayAsUser(label.replace('{0}', file.name).replace('{1}', size(file.size)));
		const describe = { name: file.name, type: file.type, size: file.size, photo: photo };
		if (file.size > MAX_FILE_CONTENT) {
			post('/file', describe); // refused by its size anyway: only described
			return;
		}
		const reader = new FileReader();
		reader.onload = () => {
			const url = String(reader.result);
			post('/file', Object.assign(describe, { content: url.substring(url.indexOf(',') + 1) }));
		};
		reader.onerror = () => post('/file', describe);
		reader.readAsDataURL(file);
	}

	function toast(text) {
		toastBox.textContent = text;
		toastBox.classList.add('shown');
		clearTimeout(toast.timer);
		toast.timer = setTimeout(() => toastBox.classList.remove('shown'), 4000);
	}

	// ---- wiring ----

	let atBottom = true;
	chat.addEventListener('scroll', () => {
		atBottom = chat.scrollHeight - chat.scrollTop - chat.clientHeight < 80;
	});
	window.addEventListener('resize', () => {
		if (atBottom) {
			chat.scrollTop = chat.scrollHeight;
		}
	});

	document.getElementById('composer').addEventListener('submit', event => {
		event.preventDefault();
		const text = input.value;
		input.value = '';
		sendText(text);
		input.focus();
	});
	document.querySelectorAll('[data-command]').forEach(button =>
		button.addEventListener('click', () => sendText(button.dataset.command)));
	document.getElementById('file-document').addEventListener('change', event => sendFile(event.target, false));
	document.getElementById('file-photo').addEventListener('change', event => sendFile(event.target, true));
	document.getElementById('contact').addEventListener('click', () => {
		sayAsUser(body.dataset.tSentContact.replace('{0}', body.dataset.phone));
		post('/contact');
	});
	document.querySelectorAll('[data-tool]').forEach(button =>
		button.addEventListener('click', async () => {
			button.disabled = true;
			const answer = await post('/' + button.dataset.tool);
			button.disabled = false;
			if (answer && answer.done && button.dataset.then && button.dataset.then !== persona) {
				setTimeout(() => { location.href = '?persona=' + encodeURIComponent(button.dataset.then); }, 1200);
			}
		}));
	document.querySelectorAll('[data-language]').forEach(button =>
		button.addEventListener('click', async () => {
			if (await post('/language', { language: button.dataset.language })) {
				location.reload();
			}
		}));

	(async () => {
		await poll();
		sentBubbles().bubbles.forEach(showUserBubble);
		chat.scrollTop = chat.scrollHeight;
		body.dataset.ready = 'true'; // the chat as it stood is drawn (for people and for automation)
	})();
})();
