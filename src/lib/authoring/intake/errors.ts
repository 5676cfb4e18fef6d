/** A file that cannot be imported, and why: printed as `file: what is wrong` (the problems.ts shape). */
import type { Problem } from '../../util/problems.ts';

export class IntakeError extends Error {
	readonly file: string;
	readonly field: string;
	readonly reason: string;
	constructor(file: string, reason: string, field = '') {
		super(field ? `${file}: ${field}: ${reason}` : `${file}: ${reason}`);
		this.name = 'IntakeError';
		this.file = file;
		this.field = field;
		this.reason = reason;
	}

	get problem(): Problem {
		return { file: this.file, field: this.field, message: this.reason };
	}
}
