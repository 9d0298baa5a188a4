/**
 * The story reader's thread: opens the database read-only and, for each message, reads what a story is
 * made of (`readStory`) and sends it back, so that the server's thread only indexes it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Store } from '../store/index.ts';
import { readStory, type StoryRead } from './story.ts';

const store = Store.open((workerData as { file: string }).file, { readonly: true });
parentPort!.on('message', () => {
  let read: StoryRead;
  try {
    read = readStory(store);
  } catch (error) {
    read = { error: (error as Error).message };
  }
  parentPort!.postMessage(read);
});
