/**
 * A real SMTP server on 127.0.0.1 (random port) for digest tests, built on smtp-server. Every
 * message that gets "250 OK" is kept raw; `decide` can answer a message with any other code,
 * drop the connection instead of answering, or run something first (kill the sender).
 */
import type { Socket } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface Received {
	raw: Buffer;
	to: string[];
	/** 1-based count of messages the server has been offered, accepted or not. */
	offer: number;
}

/** What to do with the `offer`-th message: accept (default), answer with an error, or drop the connection. */
export type Decision = { code: number; message: string } | 'drop' | undefined;

export interface TestSmtp {
	port: number;
	accepted: Received[];
	offered: number;
	decide?: (message: Received, session: SMTPServerSession) => Decision | Promise<Decision>;
	parsed(): Promise<ParsedMail[]>;
	close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
	const sockets = new Set<Socket>();
	const state: TestSmtp = {
		port: 0,
		accepted: [],
		offered: 0,
		parsed: () => Promise.all(state.accepted.map((m) => simpleParser(m.raw))),
		close: () =>
			new Promise<void>((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
	const server = new SMTPServer({
		// Without this it looks up the client's name in DNS: tests must not leave the machine.
		disableReverseLookup: true,
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		banner: 'canhbao test server',
		async onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			for await (const chunk of stream) chunks.push(chunk as Buffer);
			const message: Received = { raw: Buffer.concat(chunks), to: session.envelope.rcptTo.map((r) => r.address), offer: ++state.offered };
			const decision = await state.decide?.(message, session);
			if (decision === 'drop') {
				for (const socket of sockets) socket.destroy();
				return;
			}
			if (decision) return callback(Object.assign(new Error(decision.message), { responseCode: decision.code }));
			state.accepted.push(message);
			callback();
		},
	});
	server.server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	state.port = (server.server.address() as { port: number }).port;
	return state;
}
