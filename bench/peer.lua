-- wrk script: the query of bench/graphql-speaker.lua as PostGraphile 4 asks it (bench/peer): the same speaker's 20
-- newest quotes with totalCount, speaker and article, by the speaker's id (BENCH_SPEAKER_ID) since PostGraphile has
-- no name search of its own. Same request headers and summary line as that script, which it starts from.
dofile("bench/graphql-speaker.lua")
local id = os.getenv("BENCH_SPEAKER_ID") or "1"
wrk.body = '{"query":"query($id:BigInt!){ allQuotes(condition:{speakerId:$id}, orderBy:[SAID_ON_DESC, ID_DESC], first:20) { totalCount nodes { quotedText saidOn roleTitle personBySpeakerId { name } articleByArticleId { headline } } } }","variables":{"id":"' .. id .. '"}}'
