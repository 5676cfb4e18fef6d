// Loaded into the measured process with `node --expose-gc --import`: samples the V8 heap while
// it runs and, at exit, prints the peak heap used and the live heap after a full collection on
// one line the benchmark reads. Peak RSS alone mixes live data with garbage V8 has not yet
// collected; the live heap at the end is what would grow if something were kept per subscriber.
let peakHeap = 0;
const timer = setInterval(() => {
	peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 25);
timer.unref();
process.on('exit', () => {
	globalThis.gc?.();
	const { heapUsed } = process.memoryUsage();
	process.stderr.write(`\nheap-probe: ${JSON.stringify({ peakHeapBytes: Math.max(peakHeap, heapUsed), liveHeapBytes: heapUsed })}\n`);
});
