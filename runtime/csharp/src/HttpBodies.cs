// Reading an HttpResponseMessage for the decision and the decoder (runtime/SPEC.md §8): its body as UTF-8
// text as fetch's text() decodes it, at most 1 MiB of it; a body that cannot be read gives none.
namespace VpnErrorCodes
{
    using System;
    using System.Collections.Generic;
    using System.IO;
    using System.Linq;
    using System.Net.Http;
    using System.Text;
    using System.Threading;
    using System.Threading.Tasks;

    internal static class HttpBodies
    {
        // runtime/SPEC.md §8: a longer body is not parsed. A code unit is at most three bytes of UTF-8.
        internal const int MaxLength = 1 << 20;
        private const int MaxBytes = 3 * MaxLength;

        /// <summary>The response's headers and its content's, for a header lookup by name.</summary>
        internal static IEnumerable<KeyValuePair<string, IEnumerable<string>>> Headers(HttpResponseMessage response)
        {
            IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers = response.Headers;
            return response.Content == null ? headers : headers.Concat(response.Content.Headers);
        }

        /// <summary>The body's text, or null when there is none, it is too long or it cannot be read. Only cancellation throws.</summary>
        internal static async Task<string> ReadAsync(HttpContent content, CancellationToken cancellationToken)
        {
            if (content == null) return null;
            try
            {
                using (Stream stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
                {
                    var bytes = new MemoryStream();
                    var buffer = new byte[81920];
                    int read;
                    while ((read = await stream.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        if (bytes.Length + read > MaxBytes) return null;
                        bytes.Write(buffer, 0, read);
                    }
                    return Text(bytes.GetBuffer(), (int)bytes.Length);
                }
            }
            catch (OperationCanceledException)
            {
                if (cancellationToken.IsCancellationRequested) throw;
                return null;
            }
            catch (Exception)
            {
                return null;
            }
        }

        // UTF-8 without a leading byte-order mark, each malformed sequence a U+FFFD; null beyond the limit.
        internal static string Text(byte[] bytes, int count)
        {
            int start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            string text = new UTF8Encoding(false, false).GetString(bytes, start, count - start);
            return text.Length > MaxLength ? null : text;
        }
    }
}
