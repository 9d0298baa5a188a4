/**
 * WARC and WARC.gz web archives (Common Crawl News, news-please, Webrecorder …), read record by record
 * with warcio: each response record of an HTML page is an article, its target URI and date kept as
 * its source. Other records (requests, metadata, images, scripts) are passed over.
 */
import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import { InputError } from '../../errors.ts';
import { decodeBytes } from '../decode.ts';
import { htmlProblem } from '../html-check.ts';
import { megabytes, type Reader } from '../types.ts';
import { parseContentType } from '../web/fetch.ts';

export const warc: Reader = {
  name: 'warc',
  extensions: ['.warc'],
  summary: 'a web archive (WARC, WARC.gz): each HTML response an article, with its URI and capture date',
  async *read(file, options) {
    let record = 0;
    let pages = 0;
    try {
      const parser = new WARCParser(createReadStream(file));
      for await (const r of parser) {
        record++;
        if (r.warcType !== 'response') continue;
        const uri = r.warcTargetURI ?? undefined;
        const where = `${file}:${record}`;
        const info = r.getResponseInfo();
        const status = Number(info?.status ?? 200);
        const { type, charset } = parseContentType(info?.headers.get('content-type'));
        if (status < 200 || status >= 300 || !type.includes('html')) continue;
        pages++;
        const bytes = await r.readFully(true);
        if (bytes.length > options.maxBytes) {
          yield {
            error: new InputError(
              where,
              `page too large (${megabytes(bytes.length)}; the limit is ${megabytes(options.maxBytes)})`,
            ),
          };
          continue;
        }
        const decoded = decodeBytes(bytes, { html: true, charset });
        if (!decoded.content.trim()) {
          yield { error: new InputError(where, `empty page${uri ? ` (${uri})` : ''}`) };
          continue;
        }
        const malformed = htmlProblem(decoded.content);
        yield {
          input: {
            path: file,
            record,
            format: 'html',
            bytes,
            content: decoded.content,
            encoding: decoded.encoding,
            // The capture date stands for the publication date only when the page gives none.
            meta: { ...(uri ? { url: uri } : {}), ...(r.warcDate ? { captured: r.warcDate } : {}) },
          },
          warnings: malformed ? [new InputError(where, malformed)] : [],
        };
      }
    } catch (error) {
      yield {
        error: new InputError(
          record ? `${file}:${record}` : file,
          `cannot read the archive (${(error as Error).message})`,
        ),
      };
      return;
    }
    if (!pages) yield { error: new InputError(file, `no HTML response records in ${record} records`) };
  },
};
