import { SMTPServer } from 'smtp-server';
const server = new SMTPServer({ disableReverseLookup: true, authOptional: true, disabledCommands: ['STARTTLS'], logger: false, onData(stream, _s, cb) { stream.resume(); stream.on('end', () => cb()); } });
server.listen(2526, '127.0.0.1');
