"""moto_server with its signature check made to read the request line as sent. moto rebuilds a
request's URL with werkzeug, which writes a `%2F` in the query back as `/`; its SigV4 check then
computes a canonical query that no client signed, and refuses every correctly signed listing
whose prefix or delimiter holds a slash (boto3's as well). Here the check sees the URL as it came.
Arguments as moto_server's."""
from urllib.parse import urlparse

from moto.core import responses
from moto.server import main

original = responses.BaseResponse.setup_class


def setup_class(self, request, full_url, headers, *args, **kwargs):
    result = original(self, request, full_url, headers, *args, **kwargs)
    raw = getattr(request, "environ", {}).get("RAW_URI")
    if raw:
        parsed = urlparse(full_url)
        self.uri = f"{parsed.scheme}://{parsed.netloc}{raw}"
    return result


responses.BaseResponse.setup_class = setup_class
main()
