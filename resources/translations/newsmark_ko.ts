<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>EntityWording</name>
    <message>
        <source>Mark “%1” as a Person</source>
        <translation>“%1”을(를) 인물로 표시</translation>
    </message>
    <message>
        <source>Mark “%1” as an Organization</source>
        <translation>“%1”을(를) 기관으로 표시</translation>
    </message>
    <message>
        <source>Mark “%1” as a Place</source>
        <translation>“%1”을(를) 장소로 표시</translation>
    </message>
    <message>
        <source>Mark “%1” as an Entity</source>
        <translation>“%1”을(를) 개체로 표시</translation>
    </message>
    <message>
        <source>“%1” Is Not a Person</source>
        <translation>“%1”은(는) 인물이 아님</translation>
    </message>
    <message>
        <source>“%1” Is Not an Organization</source>
        <translation>“%1”은(는) 기관이 아님</translation>
    </message>
    <message>
        <source>“%1” Is Not a Place</source>
        <translation>“%1”은(는) 장소가 아님</translation>
    </message>
    <message>
        <source>“%1” Is Not an Entity</source>
        <translation>“%1”은(는) 개체가 아님</translation>
    </message>
    <message>
        <source>Make “%1” a Person</source>
        <translation>“%1”을(를) 인물로 바꾸기</translation>
    </message>
    <message>
        <source>Make “%1” an Organization</source>
        <translation>“%1”을(를) 기관으로 바꾸기</translation>
    </message>
    <message>
        <source>Make “%1” a Place</source>
        <translation>“%1”을(를) 장소로 바꾸기</translation>
    </message>
    <message>
        <source>Make “%1” an Entity</source>
        <translation>“%1”을(를) 개체로 바꾸기</translation>
    </message>
    <message>
        <source>“%1” Is &amp;Not a Person</source>
        <translation>“%1”은(는) 인물이 아님(&amp;N)</translation>
    </message>
    <message>
        <source>“%1” Is &amp;Not an Organization</source>
        <translation>“%1”은(는) 기관이 아님(&amp;N)</translation>
    </message>
    <message>
        <source>“%1” Is &amp;Not a Place</source>
        <translation>“%1”은(는) 장소가 아님(&amp;N)</translation>
    </message>
    <message>
        <source>“%1” Is &amp;Not an Entity</source>
        <translation>“%1”은(는) 개체가 아님(&amp;N)</translation>
    </message>
    <message>
        <source>Every occurrence of the selected words is a person, in every article</source>
        <translation>선택한 낱말은 모든 기사에서 어디에 나오든 인물입니다</translation>
    </message>
    <message>
        <source>Every occurrence of the selected words is an organization, in every article</source>
        <translation>선택한 낱말은 모든 기사에서 어디에 나오든 기관입니다</translation>
    </message>
    <message>
        <source>Every occurrence of the selected words is a place, in every article</source>
        <translation>선택한 낱말은 모든 기사에서 어디에 나오든 장소입니다</translation>
    </message>
    <message>
        <source>Every occurrence of the selected words is an entity, in every article</source>
        <translation>선택한 낱말은 모든 기사에서 어디에 나오든 개체입니다</translation>
    </message>
    <message>
        <source>“%1” is the same person as:</source>
        <translation>“%1”과(와) 같은 인물:</translation>
    </message>
    <message>
        <source>“%1” is the same organization as:</source>
        <translation>“%1”과(와) 같은 기관:</translation>
    </message>
    <message>
        <source>“%1” is the same place as:</source>
        <translation>“%1”과(와) 같은 장소:</translation>
    </message>
    <message>
        <source>“%1” is the same entity as:</source>
        <translation>“%1”과(와) 같은 개체:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>%1 (person): %2 in the library</source>
        <translation>%1 (인물): 라이브러리에 %2</translation>
    </message>
    <message>
        <source>%1 (organization): %2 in the library</source>
        <translation>%1 (기관): 라이브러리에 %2</translation>
    </message>
    <message>
        <source>%1 (place): %2 in the library</source>
        <translation>%1 (장소): 라이브러리에 %2</translation>
    </message>
    <message>
        <source>%1: %2 in the library</source>
        <translation>%1: 라이브러리에 %2</translation>
    </message>
    <message>
        <source>“%1” is a person</source>
        <translation>“%1”은(는) 인물</translation>
    </message>
    <message>
        <source>“%1” is an organization</source>
        <translation>“%1”은(는) 기관</translation>
    </message>
    <message>
        <source>“%1” is a place</source>
        <translation>“%1”은(는) 장소</translation>
    </message>
    <message>
        <source>“%1” is an entity</source>
        <translation>“%1”은(는) 개체</translation>
    </message>
    <message>
        <source>“%1” is a person named “%2”</source>
        <translation>“%1”은(는) 인물 “%2”</translation>
    </message>
    <message>
        <source>“%1” is an organization named “%2”</source>
        <translation>“%1”은(는) 기관 “%2”</translation>
    </message>
    <message>
        <source>“%1” is a place named “%2”</source>
        <translation>“%1”은(는) 장소 “%2”</translation>
    </message>
    <message>
        <source>“%1” is an entity named “%2”</source>
        <translation>“%1”은(는) 개체 “%2”</translation>
    </message>
    <message>
        <source>“%1” is not a person</source>
        <translation>“%1”은(는) 인물이 아님</translation>
    </message>
    <message>
        <source>“%1” is not an organization</source>
        <translation>“%1”은(는) 기관이 아님</translation>
    </message>
    <message>
        <source>“%1” is not a place</source>
        <translation>“%1”은(는) 장소가 아님</translation>
    </message>
    <message>
        <source>“%1” is not an entity</source>
        <translation>“%1”은(는) 개체가 아님</translation>
    </message>
    <message>
        <source>“%1” is a person, not an organization</source>
        <translation>“%1”은(는) 기관이 아니라 인물</translation>
    </message>
    <message>
        <source>“%1” is a person, not a place</source>
        <translation>“%1”은(는) 장소가 아니라 인물</translation>
    </message>
    <message>
        <source>“%1” is an organization, not a person</source>
        <translation>“%1”은(는) 인물이 아니라 기관</translation>
    </message>
    <message>
        <source>“%1” is an organization, not a place</source>
        <translation>“%1”은(는) 장소가 아니라 기관</translation>
    </message>
    <message>
        <source>“%1” is a place, not a person</source>
        <translation>“%1”은(는) 인물이 아니라 장소</translation>
    </message>
    <message>
        <source>“%1” is a place, not an organization</source>
        <translation>“%1”은(는) 기관이 아니라 장소</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>When the feed carries only summaries</source>
        <translation>피드에 요약만 있을 때</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>항상</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>None (A/B makes B inside A)</source>
        <translation>없음 (A/B는 A 안에 B를 만듭니다)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>&quot;%1&quot;은(는) 웹 주소가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>newsmark::ArticleListModel</name>
    <message>
        <source>Imported on %1; the article carries no date of its own</source>
        <translation>%1에 가져옴. 기사 자체에는 날짜가 없습니다</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
</context>
<context>
    <name>newsmark::Core</name>
    <message>
        <source>%1 asks for the language “%2”, which Newsmark does not speak: use en or ko.</source>
        <translation>%1에 지정한 언어 “%2”은(는) Newsmark가 지원하지 않습니다. en 또는 ko를 쓰세요.</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>No longer found in the article&apos;s text.</source>
        <translation>기사 본문에서 더 이상 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Text changed since the highlight; it read:</source>
        <translation>강조한 뒤 텍스트가 바뀌었습니다. 원래 문장:</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>금액·수치</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>작성 %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>수정 %1</translation>
    </message>
    <message>
        <source>Open in Newsmark</source>
        <translation>Newsmark에서 열기</translation>
    </message>
    <message>
        <source>Newsmark notes</source>
        <translation>Newsmark 메모</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>메모 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>개체:</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation>금액·수치:</translation>
    </message>
    <message>
        <source>Created: %1 · Updated: %2</source>
        <translation>작성: %1 · 수정: %2</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>매체:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>발행:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>열기:</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>its type is not &quot;Annotation&quot;</source>
        <translation>형식(type)이 &quot;Annotation&quot;이 아닙니다</translation>
    </message>
    <message>
        <source>its id &quot;%1&quot; is not an urn:uuid: UUID</source>
        <translation>id &quot;%1&quot;이(가) urn:uuid: UUID가 아닙니다</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>대상(target)이 없습니다</translation>
    </message>
    <message>
        <source>it has no TextQuoteSelector with an &quot;exact&quot; quote</source>
        <translation>&quot;exact&quot; 인용이 있는 TextQuoteSelector가 없습니다</translation>
    </message>
    <message>
        <source>its TextPositionSelector is not a range</source>
        <translation>TextPositionSelector가 범위가 아닙니다</translation>
    </message>
    <message>
        <source>its colour &quot;%1&quot; is not one of ours</source>
        <translation>색 &quot;%1&quot;은(는) Newsmark의 강조 색이 아닙니다</translation>
    </message>
    <message>
        <source>its &quot;created&quot; time is missing or not ISO 8601</source>
        <translation>&quot;created&quot; 시각이 없거나 ISO 8601 형식이 아닙니다</translation>
    </message>
    <message>
        <source>its target &quot;%1&quot; is not a newsmark://article/ link</source>
        <translation>대상 &quot;%1&quot;이(가) newsmark://article/ 링크가 아닙니다</translation>
    </message>
    <message>
        <source>its article (%1) is not in this library</source>
        <translation>해당 기사(%1)가 이 라이브러리에 없습니다</translation>
    </message>
    <message>
        <source>%1: not valid JSON (at byte %2: %3)</source>
        <translation>%1: 올바른 JSON이 아닙니다 (%2바이트 위치: %3)</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>%1: its id appears twice in the file</source>
        <translation>%1: 같은 id가 파일에 두 번 나옵니다</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: 아무것도 가져오지 않았습니다: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos;은(는) 웹 주소가 아닙니다</translation>
    </message>
    <message>
        <source>an HTML page, not a feed</source>
        <translation>피드가 아니라 HTML 페이지입니다</translation>
    </message>
    <message>
        <source>not a feed: not XML (%1)</source>
        <translation>피드가 아닙니다: XML이 아닙니다 (%1)</translation>
    </message>
    <message>
        <source>not a feed: an XML document whose root is &lt;%1&gt;</source>
        <translation>피드가 아닙니다: 루트 요소가 &lt;%1&gt;인 XML 문서입니다</translation>
    </message>
    <message>
        <source>not a feed: the body is empty</source>
        <translation>피드가 아닙니다: 내용이 비어 있습니다</translation>
    </message>
    <message>
        <source>not a feed: neither XML nor JSON</source>
        <translation>피드가 아닙니다: XML도 JSON도 아닙니다</translation>
    </message>
    <message>
        <source>not a feed: %1</source>
        <translation>피드가 아닙니다: %1</translation>
    </message>
    <message>
        <source>no feed found there</source>
        <translation>그 주소에서 피드를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>not a feed: JSON that cannot be read (%1 at offset %2)</source>
        <translation>피드가 아닙니다: 읽을 수 없는 JSON입니다 (%2 위치에서 %1)</translation>
    </message>
    <message>
        <source>not a feed: JSON without a JSON Feed version</source>
        <translation>피드가 아닙니다: JSON Feed 버전이 없는 JSON입니다</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: 파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>%1: not an OPML file: not XML (%2)</source>
        <translation>%1: OPML 파일이 아닙니다: XML이 아닙니다 (%2)</translation>
    </message>
    <message>
        <source>%1: not an OPML file: its root element is &lt;%2&gt;</source>
        <translation>%1: OPML 파일이 아닙니다: 루트 요소가 &lt;%2&gt;입니다</translation>
    </message>
    <message>
        <source>%1: not an OPML file: %2</source>
        <translation>%1: OPML 파일이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1: too large for a subscription list</source>
        <translation>%1: 구독 목록으로 보기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>no headline: the text holds only copyright, date or comment lines</source>
        <translation>제목 없음: 저작권, 날짜, 주석 줄만 있습니다</translation>
    </message>
    <message>
        <source>no headline: the text opens with the byline</source>
        <translation>제목 없음: 글이 바이라인으로 시작합니다</translation>
    </message>
    <message>
        <source>no headline: the first line is a paragraph of %1 characters</source>
        <translation>제목 없음: 첫 줄이 %1자짜리 문단입니다</translation>
    </message>
    <message>
        <source>no article text after the headline</source>
        <translation>제목 뒤에 기사 본문이 없습니다</translation>
    </message>
    <message>
        <source>the folder cannot be read (permission denied)</source>
        <translation>폴더를 읽을 수 없습니다 (권한 없음)</translation>
    </message>
    <message>
        <source>a broken link (its target is missing)</source>
        <translation>깨진 링크입니다 (대상이 없음)</translation>
    </message>
    <message>
        <source>a folder link that loops back to %1</source>
        <translation>%1(으)로 되돌아가는 폴더 링크입니다</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>그런 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>larger than 20 MB (%1 MB): not a news article</source>
        <translation>20MB보다 큽니다(%1MB). 뉴스 기사가 아닙니다</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>larger than 20 MB: not a news article</source>
        <translation>20MB보다 큽니다. 뉴스 기사가 아닙니다</translation>
    </message>
    <message>
        <source>the library stored %1 of %2 articles</source>
        <translation>라이브러리가 기사 %2건 중 %1건만 저장했습니다</translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>already in the library, in the Trash (article %1)</source>
        <translation>이미 라이브러리의 휴지통에 있습니다 (기사 %1)</translation>
    </message>
    <message>
        <source>is this library&apos;s own file, not an article</source>
        <translation>기사가 아니라 이 라이브러리 자체의 파일입니다</translation>
    </message>
    <message>
        <source> (same text as </source>
        <translation> (같은 본문: </translation>
    </message>
    <message>
        <source>%1: no library there</source>
        <translation>%1: 그 위치에 라이브러리가 없습니다</translation>
    </message>
    <message>
        <source>there is no note %1</source>
        <translation>메모 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>there is no article with id %1</source>
        <translation>id가 %1인 기사가 없습니다</translation>
    </message>
    <message>
        <source>the selection [%1, %2) is not a range of article %3&apos;s text (%4 UTF-16 units)</source>
        <translation>선택 범위 [%1, %2)가 기사 %3 본문(UTF-16 %4단위)의 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>the selected text does not match article %1&apos;s text at [%2, %3)</source>
        <translation>선택한 텍스트가 기사 %1 본문의 [%2, %3) 위치와 맞지 않습니다</translation>
    </message>
    <message>
        <source>the quote is empty</source>
        <translation>인용문이 비어 있습니다</translation>
    </message>
    <message>
        <source>article %1 does not contain &quot;%2&quot;</source>
        <translation>기사 %1에 &quot;%2&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; occurs %2 time(s) in article %3, not %4</source>
        <translation>&quot;%1&quot;은(는) 기사 %3에 %2번 나옵니다. %4번째는 없습니다</translation>
    </message>
    <message>
        <source>the quote splits a character of article %1</source>
        <translation>인용문이 기사 %1의 글자 하나를 가릅니다</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>강조 표시</translation>
    </message>
    <message>
        <source>Show or hide these highlights</source>
        <translation>이 강조 표시를 보이거나 숨깁니다</translation>
    </message>
    <message>
        <source>In the Trash since %1. Restore it from the list&apos;s context menu or with %2.</source>
        <translation>%1부터 휴지통에 있습니다. 목록의 오른쪽 클릭 메뉴나 %2(으)로 복원하세요.</translation>
    </message>
    <message>
        <source>&apos;)&apos; with no &apos;(&apos; before it</source>
        <translation>앞에 &apos;(&apos;가 없는 &apos;)&apos;</translation>
    </message>
    <message>
        <source>OR needs something after it</source>
        <translation>OR 뒤에 검색어가 필요합니다</translation>
    </message>
    <message>
        <source>AND needs something before it</source>
        <translation>AND 앞에 검색어가 필요합니다</translation>
    </message>
    <message>
        <source>AND needs something after it</source>
        <translation>AND 뒤에 검색어가 필요합니다</translation>
    </message>
    <message>
        <source>OR needs something before it</source>
        <translation>OR 앞에 검색어가 필요합니다</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>검색어가 비어 있습니다</translation>
    </message>
    <message>
        <source>the query is nested too deeply</source>
        <translation>검색어의 괄호가 너무 깊게 중첩되었습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs something after it</source>
        <translation>&apos;%1&apos; 뒤에 검색어가 필요합니다</translation>
    </message>
    <message>
        <source>nothing between the parentheses</source>
        <translation>괄호 안에 아무것도 없습니다</translation>
    </message>
    <message>
        <source>&apos;(&apos; is not closed</source>
        <translation>&apos;(&apos;가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>something is missing here</source>
        <translation>여기에 무언가 빠졌습니다</translation>
    </message>
    <message>
        <source>the quotes hold nothing</source>
        <translation>따옴표 안에 아무것도 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no letters or digits to search for</source>
        <translation>&apos;%1&apos;에는 검색할 글자나 숫자가 없습니다</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; did you mean %2:?</source>
        <translation>알 수 없는 필드 &apos;%1&apos;; %2:을(를) 찾으시나요?</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; the fields are %2</source>
        <translation>알 수 없는 필드 &apos;%1&apos;; 쓸 수 있는 필드: %2</translation>
    </message>
    <message>
        <source>%1: needs a value</source>
        <translation>%1: 값이 필요합니다</translation>
    </message>
    <message>
        <source>has: takes note (has:note), not &apos;%1&apos;</source>
        <translation>has:에는 &apos;%1&apos;이(가) 아니라 note(has:note)를 씁니다</translation>
    </message>
    <message>
        <source>is: takes unread, read or starred, not &apos;%1&apos;</source>
        <translation>is:에는 &apos;%1&apos;이(가) 아니라 unread, read, starred 중 하나를 씁니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; dates are 2025, 2025-03 or 2025-03-14, and date: takes one, a range 2025-01..2025-03, or &gt;, &gt;=, &lt;, &lt;= and a date</source>
        <translation>&apos;%1&apos;은(는) 날짜가 아닙니다. 날짜는 2025, 2025-03, 2025-03-14처럼 쓰며, date:에는 날짜 하나, 2025-01..2025-03 같은 범위, 또는 &gt;, &gt;=, &lt;, &lt;= 뒤에 날짜를 씁니다</translation>
    </message>
    <message>
        <source>the range %1 ends before it starts</source>
        <translation>범위 %1의 끝이 시작보다 앞섭니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount of money; write it as an article would: 1조원, 100억원, $1bn</source>
        <translation>&apos;%1&apos;은(는) 금액이 아닙니다. 기사에 쓰듯이 쓰세요: 1조원, 100억원, $1bn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage; write 50 or 3.5%</source>
        <translation>&apos;%1&apos;은(는) 비율이 아닙니다. 50이나 3.5%처럼 쓰세요</translation>
    </message>
    <message>
        <source>the range %1 has two currencies</source>
        <translation>범위 %1에 통화가 두 가지입니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rate; write rate:USD=1400 (KRW per USD) or rate:EUR-USD=1.08 (USD per EUR)</source>
        <translation>&apos;%1&apos;은(는) 환율이 아닙니다. rate:USD=1400(1달러당 원) 또는 rate:EUR-USD=1.08(1유로당 달러)처럼 쓰세요</translation>
    </message>
    <message>
        <source>rate:%1 converts %2 into itself</source>
        <translation>rate:%1은(는) %2을(를) 같은 통화로 환산합니다</translation>
    </message>
    <message>
        <source>a malformed request: %1</source>
        <translation>잘못된 요청: %1</translation>
    </message>
    <message>
        <source>a request of unknown kind &apos;%1&apos;</source>
        <translation>알 수 없는 종류의 요청 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a request whose arguments are not all text</source>
        <translation>인수가 모두 텍스트가 아닌 요청</translation>
    </message>
    <message>
        <source>cannot listen for newsmark-cli on %1: %2</source>
        <translation>%1에서 newsmark-cli 요청을 받을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>not a request</source>
        <translation>요청이 아닙니다</translation>
    </message>
    <message>
        <source>it does not answer (%1)</source>
        <translation>응답이 없습니다 (%1)</translation>
    </message>
    <message>
        <source>cannot send the command: %1</source>
        <translation>명령을 보낼 수 없습니다: %1</translation>
    </message>
    <message>
        <source>a malformed reply</source>
        <translation>잘못된 응답</translation>
    </message>
    <message>
        <source>it closed the connection before the command finished</source>
        <translation>명령이 끝나기 전에 연결을 끊었습니다</translation>
    </message>
    <message>
        <source>cannot update article %1 from %2: %3</source>
        <translation>%2에서 기사 %1을(를) 갱신할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>cannot store &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot store the images of &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;의 이미지를 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write to the library: %1</source>
        <translation>라이브러리에 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot update article %1: %2</source>
        <translation>기사 %1을(를) 갱신할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot store the images of article %1: %2</source>
        <translation>기사 %1의 이미지를 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>기사 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>article %1 is not in the Trash (move it there first)</source>
        <translation>기사 %1은(는) 휴지통에 없습니다 (먼저 휴지통으로 옮기세요)</translation>
    </message>
    <message>
        <source>cannot delete article %1: %2</source>
        <translation>기사 %1을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot empty the Trash: %1</source>
        <translation>휴지통을 비울 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: 폴더 %2을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: not a Newsmark library (%2)</source>
        <translation>%1: Newsmark 라이브러리가 아닙니다 (%2)</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Newsmark library; nothing was changed</source>
        <translation>%1: SQLite 데이터베이스이지만 Newsmark 라이브러리가 아닙니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Newsmark (library format %2; this version reads up to %3). Nothing was changed: open it with a newer Newsmark.</source>
        <translation>%1은(는) 더 새로운 Newsmark로 만들어졌습니다(라이브러리 형식 %2, 이 버전은 %3까지 읽음). 아무것도 바꾸지 않았습니다. 새 버전의 Newsmark로 여세요.</translation>
    </message>
    <message>
        <source>%1: the library needs an upgrade, which a read-only open cannot do</source>
        <translation>%1: 라이브러리를 업그레이드해야 하는데, 읽기 전용으로 열어서는 할 수 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot configure: %2</source>
        <translation>%1: 설정할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: could not keep a copy before upgrading, so nothing was upgraded: %2</source>
        <translation>%1: 업그레이드 전에 사본을 남기지 못해 업그레이드하지 않았습니다: %2</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>마이그레이션 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot start the upgrade: %2</source>
        <translation>%1: 업그레이드를 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: upgrade to library format %2 failed: %3</source>
        <translation>%1: 라이브러리 형식 %2(으)로 업그레이드하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>%1이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; starts or ends with white space</source>
        <translation>%1 &quot;%2&quot;의 앞이나 뒤에 공백이 있습니다</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation>%1이(가) %2자보다 깁니다</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; spans more than one paragraph</source>
        <translation>%1 &quot;%2&quot;이(가) 여러 문단에 걸쳐 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be merged into itself</source>
        <translation>&quot;%1&quot;은(는) 자기 자신에 합칠 수 없습니다</translation>
    </message>
    <message>
        <source>there is no correction %1</source>
        <translation>수정 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 is subscribed already (feed %2, &quot;%3&quot;)</source>
        <translation>%1은(는) 이미 구독 중입니다 (피드 %2, &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>there is no feed %1</source>
        <translation>피드 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>cannot store note %1: %2</source>
        <translation>메모 %1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot update note %1: %2</source>
        <translation>메모 %1을(를) 갱신할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot update the tags of note %1: %2</source>
        <translation>메모 %1의 태그를 갱신할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot delete note %1: %2</source>
        <translation>메모 %1을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>saved search &apos;%1&apos;: there is no saved search of that name</source>
        <translation>저장한 검색 &apos;%1&apos;: 그런 이름의 저장 검색이 없습니다</translation>
    </message>
    <message>
        <source>saved search &apos;%1&apos;: cannot %2: %3</source>
        <translation>저장한 검색 &apos;%1&apos;: %2 실패: %3</translation>
    </message>
    <message>
        <source>saved search &apos;%1&apos;: invalid query: %2</source>
        <translation>저장한 검색 &apos;%1&apos;: 잘못된 검색어: %2</translation>
    </message>
    <message>
        <source>saved search &apos;%1&apos;: a saved search of that name exists already</source>
        <translation>저장한 검색 &apos;%1&apos;: 같은 이름의 저장 검색이 이미 있습니다</translation>
    </message>
    <message>
        <source>%1 %2 per %3</source>
        <translation>1 %3당 %1 %2</translation>
    </message>
    <message>
        <source>at %1, implied by %2</source>
        <translation>%1 적용 (%2에서 계산)</translation>
    </message>
    <message>
        <source>at %1, your rate</source>
        <translation>%1 적용 (내 환율)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>(%1번째 글자)</translation>
    </message>
    <message>
        <source>at %1–%2</source>
        <translation>(%1–%2번째 글자)</translation>
    </message>
    <message>
        <source>the extraction script returned no result</source>
        <translation>추출 스크립트가 결과를 돌려주지 않았습니다</translation>
    </message>
    <message>
        <source>the article could not be extracted: %1</source>
        <translation>기사를 추출하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>no article text on the page</source>
        <translation>페이지에 기사 본문이 없습니다</translation>
    </message>
    <message>
        <source>the page is too large (%1 bytes; the limit is %2)</source>
        <translation>페이지가 너무 큽니다 (%1바이트, 한도 %2)</translation>
    </message>
    <message>
        <source>the page could not be loaded</source>
        <translation>페이지를 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>the page holds no article</source>
        <translation>페이지에 기사가 없습니다</translation>
    </message>
    <message>
        <source>the page took longer than %1 s to extract</source>
        <translation>페이지 추출이 %1초를 넘겼습니다</translation>
    </message>
    <message>
        <source>%1 is not a web page (%2)</source>
        <translation>%1은(는) 웹 페이지가 아닙니다 (%2)</translation>
    </message>
    <message>
        <source>bytes that are not valid %1</source>
        <translation>올바른 %1이(가) 아닌 바이트</translation>
    </message>
    <message>
        <source>unknown encoding override &apos;%1&apos;</source>
        <translation>알 수 없는 지정 인코딩 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;</source>
        <translation>알 수 없는 인코딩 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>declared %1 but the bytes are not</source>
        <translation>%1(으)로 선언했지만 바이트는 그렇지 않음</translation>
    </message>
    <message>
        <source>declared utf-8 but the bytes are not</source>
        <translation>utf-8로 선언했지만 바이트는 그렇지 않음</translation>
    </message>
    <message>
        <source>different items share a guid: they are told apart by their links</source>
        <translation>서로 다른 항목이 같은 guid를 씀: 링크로 구별합니다</translation>
    </message>
    <message>
        <source>different items share a link: each is kept as an article of its own, without its web page</source>
        <translation>서로 다른 항목이 같은 링크를 씀: 각각 별도 기사로 두며 웹 페이지는 받지 않습니다</translation>
    </message>
    <message>
        <source>%1 is not a feed that can be read: %2</source>
        <translation>%1은(는) 읽을 수 있는 피드가 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 is a page without a feed (none declared, none at the usual addresses)</source>
        <translation>%1은(는) 피드가 없는 페이지입니다 (선언된 피드도, 흔한 주소의 피드도 없음)</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>%1은(는) http(s) 주소가 아닙니다</translation>
    </message>
    <message>
        <source>the response is larger than %1 MB</source>
        <translation>응답이 %1MB보다 큽니다</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1초 안에 온전한 응답이 없었습니다</translation>
    </message>
    <message>
        <source>HTTP %1 to an address that is not http(s)</source>
        <translation>http(s)가 아닌 주소로 보내는 HTTP %1</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>리디렉션이 %1번을 넘었습니다</translation>
    </message>
    <message>
        <source>content before the XML declaration</source>
        <translation>XML 선언 앞에 내용이 있음</translation>
    </message>
    <message>
        <source>a bare &apos;&amp;&apos; or an unknown entity</source>
        <translation>홀로 쓰인 &apos;&amp;&apos; 또는 알 수 없는 엔티티</translation>
    </message>
    <message>
        <source>HTML named entities in XML</source>
        <translation>XML 안의 HTML 이름 엔티티</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>제어 문자</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>두 번째 루트 요소</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%2행 %3열: %1</translation>
    </message>
    <message>
        <source>%1 notes from %2 articles</source>
        <translation>기사 %2건의 메모 %1개</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only people, organizations and places can be corrected (the kind given: %2)</source>
        <translation>&quot;%1&quot;: 인물, 기관, 장소만 수정할 수 있습니다 (주어진 종류: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be merged only into a person, an organization or a place (the kind given: %2)</source>
        <translation>&quot;%1&quot;은(는) 인물, 기관, 장소에만 합칠 수 있습니다 (주어진 종류: %2)</translation>
    </message>
    <message>
        <source>the notes could not be laid out for printing</source>
        <translation>메모를 인쇄용으로 배치하지 못했습니다</translation>
    </message>
    <message>
        <source>printing to PDF failed</source>
        <translation>PDF로 인쇄하지 못했습니다</translation>
    </message>
    <message>
        <source>printing to PDF needs QtWebEngine, which this program has not started</source>
        <translation>PDF로 인쇄하려면 QtWebEngine이 필요한데 이 프로그램은 그것을 시작하지 않았습니다</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>노랑</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>분홍</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>보라</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>주황</translation>
    </message>
</context>
<context>
    <name>newsmark::NoteListModel</name>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>코멘트</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>작성일</translation>
    </message>
</context>
<context>
    <name>newsmark::cli</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2</source>
        <translation>%1번째 줄: 올바른 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <source>line %1: expected an object with a string &quot;text&quot;</source>
        <translation>%1번째 줄: 문자열 &quot;text&quot;가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>--json and --jsonl exclude each other</source>
        <translation>--json과 --jsonl은 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>, read</source>
        <translation>, 읽음</translation>
    </message>
    <message>
        <source>, unread</source>
        <translation>, 안 읽음</translation>
    </message>
    <message>
        <source>, starred</source>
        <translation>, 별표</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, 출처 %1</translation>
    </message>
    <message>
        <source>, in the Trash</source>
        <translation>, 휴지통에 있음</translation>
    </message>
    <message>
        <source>--library needs a file path</source>
        <translation>--library에는 파일 경로가 필요합니다</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예상하지 못한 인수 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no library at %1 (`%2 init %1` creates one; `import` creates it as needed)</source>
        <translation>%1에 라이브러리가 없습니다 (`%2 init %1`로 만들거나, `import`가 필요할 때 만듭니다)</translation>
    </message>
    <message>
        <source>cannot open library %1: %2</source>
        <translation>라이브러리 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (options follow the subcommand)</source>
        <translation>알 수 없는 옵션 &apos;%1&apos; (옵션은 하위 명령 뒤에 씁니다)</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>알 수 없는 하위 명령 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no subcommand given</source>
        <translation>하위 명령이 없습니다</translation>
    </message>
    <message>
        <source>%1: indexing entities: %2 of %3 articles
</source>
        <translation>%1: 개체 색인 중: 기사 %3건 중 %2건
</translation>
    </message>
    <message>
        <source>cannot index the library&apos;s entities: %1</source>
        <translation>라이브러리의 개체를 색인할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind: use person, org or place</source>
        <translation>&apos;%1&apos;은(는) 종류가 아닙니다. person, org, place 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>correction not saved: %1</source>
        <translation>수정을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>--limit wants a positive number</source>
        <translation>--limit에는 양수를 써야 합니다</translation>
    </message>
    <message>
        <source>missing entity NAME</source>
        <translation>개체 NAME이 없습니다</translation>
    </message>
    <message>
        <source>no entity named &apos;%1&apos; in the library</source>
        <translation>라이브러리에 &apos;%1&apos;(이)라는 개체가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>언급 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>also written: %1</source>
        <translation>다른 표기: %1</translation>
    </message>
    <message>
        <source>--%1 K is required</source>
        <translation>--%1 K가 필요합니다</translation>
    </message>
    <message>
        <source>--into NAME2 is required</source>
        <translation>--into NAME2가 필요합니다</translation>
    </message>
    <message>
        <source>missing correction ID</source>
        <translation>수정 ID가 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a correction id</source>
        <translation>&apos;%1&apos;은(는) 수정 id가 아닙니다</translation>
    </message>
    <message>
        <source>%1  %2: failed: %3</source>
        <translation>%1  %2: 실패: %3</translation>
    </message>
    <message>
        <source>%1  %2: no change</source>
        <translation>%1  %2: 변경 없음</translation>
    </message>
    <message>
        <source>%1  %2: %3 new, %4 updated</source>
        <translation>%1  %2: 새 기사 %3건, 갱신 %4건</translation>
    </message>
    <message>
        <source>, %1 deleted by you left out</source>
        <translation>, 직접 삭제한 %1건 제외</translation>
    </message>
    <message>
        <source> (malformed: %1)</source>
        <translation> (형식 오류: %1)</translation>
    </message>
    <message>
        <source> (moved to %1)</source>
        <translation> (%1(으)로 옮겨짐)</translation>
    </message>
    <message>
        <source>No feed is due (--all refreshes every feed).
</source>
        <translation>새로 고칠 때가 된 피드가 없습니다 (--all은 모든 피드를 새로 고칩니다).
</translation>
    </message>
    <message>
        <source>missing feed URL</source>
        <translation>피드 URL이 없습니다</translation>
    </message>
    <message>
        <source>--full-text is auto, always or never, not &apos;%1&apos;</source>
        <translation>--full-text에는 &apos;%1&apos;이(가) 아니라 auto, always, never 중 하나를 씁니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos;은(는) 웹 주소가 아닙니다</translation>
    </message>
    <message>
        <source>Subscribed to %1 (%2) as feed %3.
</source>
        <translation>%1(%2)을(를) 피드 %3(으)로 구독했습니다.
</translation>
    </message>
    <message>
        <source>No subscriptions (feeds add URL subscribes).
</source>
        <translation>구독이 없습니다 (feeds add URL로 구독합니다).
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a feed id</source>
        <translation>&apos;%1&apos;은(는) 피드 id가 아닙니다</translation>
    </message>
    <message>
        <source>there is no feed %1</source>
        <translation>피드 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>missing feed ID</source>
        <translation>피드 ID가 없습니다</translation>
    </message>
    <message>
        <source>Unsubscribed from %1; its %2 articles stay in the library.
</source>
        <translation>%1 구독을 해지했습니다. 기사 %2건은 라이브러리에 남습니다.
</translation>
    </message>
    <message>
        <source>missing OPML file</source>
        <translation>OPML 파일이 없습니다</translation>
    </message>
    <message>
        <source>Subscribed to %1 feeds; %2 were subscribed already. `feeds refresh` fetches them.
</source>
        <translation>피드 %1개를 구독했습니다. %2개는 이미 구독 중이었습니다. `feeds refresh`로 받아 옵니다.
</translation>
    </message>
    <message>
        <source>missing -o FILE.opml</source>
        <translation>-o FILE.opml이 없습니다</translation>
    </message>
    <message>
        <source>%1 is this library&apos;s own file; choose another name</source>
        <translation>%1은(는) 이 라이브러리 자체의 파일입니다. 다른 이름을 고르세요</translation>
    </message>
    <message>
        <source>Wrote %1 feeds to %2.
</source>
        <translation>%2에 피드 %1개를 저장했습니다.
</translation>
    </message>
    <message>
        <source>missing PATH to import</source>
        <translation>가져올 PATH가 없습니다</translation>
    </message>
    <message>
        <source>skipped duplicate %1: %2</source>
        <translation>중복이라 건너뜀 %1: %2</translation>
    </message>
    <message>
        <source>%1: article %2 was updated, but its notes could not be placed again: %3</source>
        <translation>%1: 기사 %2은(는) 갱신했지만 메모의 위치를 다시 잡지 못했습니다: %3</translation>
    </message>
    <message>
        <source>article %1 from %2 is in the Trash: updated there, it stays there (`%3 restore %1` brings it back)
</source>
        <translation>%2의 기사 %1은(는) 휴지통에 있습니다. 휴지통 안에서 갱신했고 그대로 둡니다 (`%3 restore %1`로 복원)
</translation>
    </message>
    <message>
        <source>updated article %1 from %2; notes: %3 in place, %4 moved, %5 changed, %6 orphaned
</source>
        <translation>%2의 기사 %1을(를) 갱신했습니다. 메모: 제자리 %3, 이동 %4, 변경 %5, 위치 잃음 %6
</translation>
    </message>
    <message>
        <source>Imported %1 into %2; updated: %3; %4 skipped, %5 failed.%6
</source>
        <translation>%1 가져옴 (%2). 갱신 %3건, 건너뜀: %4, 실패: %5.%6
</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>중복 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source> Cancelled before the end.</source>
        <translation> 끝나기 전에 취소했습니다.</translation>
    </message>
    <message>
        <source>give the library either as PATH or with --library</source>
        <translation>라이브러리는 PATH나 --library 중 하나로만 지정하세요</translation>
    </message>
    <message>
        <source>%1 is a library already (%2 article(s)); %3 sample article(s) added
</source>
        <translation>%1은(는) 이미 라이브러리입니다 (기사 %2건). 예제 기사 %3건을 추가했습니다
</translation>
    </message>
    <message>
        <source>created the library %1 with %2 article(s)
</source>
        <translation>기사 %2건으로 라이브러리 %1을(를) 만들었습니다
</translation>
    </message>
    <message>
        <source>missing article ID</source>
        <translation>기사 ID가 없습니다</translation>
    </message>
    <message>
        <source>--json and --html exclude each other</source>
        <translation>--json과 --html은 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>&apos;%1&apos;은(는) 기사 id가 아닙니다</translation>
    </message>
    <message>
        <source>no article with id %1 in %2</source>
        <translation>%2에 id가 %1인 기사가 없습니다</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>the library %1 is open in %2, and %3; check what the command did (`list`, `notes list`) before running it again.</source>
        <translation>라이브러리 %1이(가) %2에 열려 있는데 %3. 다시 실행하기 전에 명령이 한 일을 확인하세요(`list`, `notes list`).</translation>
    </message>
    <message>
        <source>the library %1 is open in %2, and %3; close Newsmark and try again.</source>
        <translation>라이브러리 %1이(가) %2에 열려 있는데 %3. Newsmark를 닫고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>--quote TEXT is required</source>
        <translation>--quote TEXT가 필요합니다</translation>
    </message>
    <message>
        <source>--occurrence needs a number from 1</source>
        <translation>--occurrence에는 1 이상의 수가 필요합니다</translation>
    </message>
    <message>
        <source>unknown colour &apos;%1&apos; (one of %2)</source>
        <translation>알 수 없는 색 &apos;%1&apos; (%2 중 하나)</translation>
    </message>
    <message>
        <source>(orphaned)</source>
        <translation>(위치 잃음)</translation>
    </message>
    <message>
        <source>(text changed)</source>
        <translation>(텍스트 바뀜)</translation>
    </message>
    <message>
        <source>--format is required</source>
        <translation>--format이 필요합니다</translation>
    </message>
    <message>
        <source>choose one of --article ID, --tag T and --all</source>
        <translation>--article ID, --tag T, --all 중 하나를 고르세요</translation>
    </message>
    <message>
        <source>--tag needs a tag</source>
        <translation>--tag에는 태그가 필요합니다</translation>
    </message>
    <message>
        <source>-o needs a file path</source>
        <translation>-o에는 파일 경로가 필요합니다</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>표준 출력에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is one of the library&apos;s own files; choose another file to export to</source>
        <translation>%1은(는) 라이브러리 자체의 파일입니다. 내보낼 다른 파일을 고르세요</translation>
    </message>
    <message>
        <source>missing FILE</source>
        <translation>FILE이 없습니다</translation>
    </message>
    <message>
        <source>imported %1 note(s), skipped %2 already present</source>
        <translation>메모 %1개를 가져왔고, 이미 있는 %2개는 건너뛰었습니다</translation>
    </message>
    <message>
        <source>; %1 could not be placed in their article&apos;s text</source>
        <translation>. %1개는 기사 본문에서 위치를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (options follow the command)</source>
        <translation>알 수 없는 옵션 &apos;%1&apos; (옵션은 명령 뒤에 씁니다)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>알 수 없는 명령 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>명령이 없습니다</translation>
    </message>
    <message>
        <source>missing page URL</source>
        <translation>페이지 URL이 없습니다</translation>
    </message>
    <message>
        <source>%1 updated article %2: %3
</source>
        <translation>%1: 기사 %2을(를) 갱신했습니다: %3
</translation>
    </message>
    <message>
        <source>%1 already in the library as article %2: %3
</source>
        <translation>%1: 이미 라이브러리에 기사 %2(으)로 있습니다: %3
</translation>
    </message>
    <message>
        <source>%1 saved as article %2: %3
</source>
        <translation>%1: 기사 %2(으)로 저장했습니다: %3
</translation>
    </message>
    <message>
        <source>missing QUERY</source>
        <translation>QUERY가 없습니다</translation>
    </message>
    <message>
        <source>give either --saved NAME or a QUERY, not both</source>
        <translation>--saved NAME과 QUERY 중 하나만 쓰세요</translation>
    </message>
    <message>
        <source>--limit takes a number, not &apos;%1&apos;</source>
        <translation>--limit에는 &apos;%1&apos;이(가) 아니라 숫자를 씁니다</translation>
    </message>
    <message>
        <source>--sort takes rank or date, not &apos;%1&apos;</source>
        <translation>--sort에는 &apos;%1&apos;이(가) 아니라 rank나 date를 씁니다</translation>
    </message>
    <message>
        <source>saved search &apos;%1&apos;: there is no saved search of that name</source>
        <translation>저장한 검색 &apos;%1&apos;: 그런 이름의 저장 검색이 없습니다</translation>
    </message>
    <message>
        <source>No note matches %1.
</source>
        <translation>%1에 맞는 메모가 없습니다.
</translation>
    </message>
    <message>
        <source>%1 %2 left out: %3
</source>
        <translation>%1 %2 제외: %3
</translation>
    </message>
    <message>
        <source>No article matches %1.
</source>
        <translation>%1에 맞는 기사가 없습니다.
</translation>
    </message>
    <message>
        <source>(%1 of %2 matching articles; --limit 0 shows them all)
</source>
        <translation>(일치하는 기사 %2건 중 %1건. --limit 0이면 모두 보여 줍니다)
</translation>
    </message>
    <message>
        <source>the search index was stopped with %1 articles still to index</source>
        <translation>기사 %1건을 남기고 검색 색인을 멈췄습니다</translation>
    </message>
    <message>
        <source>Rebuilt the search index of %1.
</source>
        <translation>%1의 검색 색인을 다시 만들었습니다.
</translation>
    </message>
    <message>
        <source>Indexed %1 articles for search.
</source>
        <translation>검색용으로 기사 %1건을 색인했습니다.
</translation>
    </message>
    <message>
        <source>The search index is up to date.
</source>
        <translation>검색 색인이 최신입니다.
</translation>
    </message>
    <message>
        <source>Indexing %1 articles for search first (left by an upgrade or a stopped run; `newsmark-cli index` does it ahead) …
</source>
        <translation>먼저 검색용으로 기사 %1건을 색인합니다 (업그레이드나 중단된 실행이 남긴 것. `newsmark-cli index`로 미리 할 수 있습니다) …
</translation>
    </message>
    <message>
        <source>Search indexing stopped with %1 articles still to index; searches find them meanwhile, and the next command (or `newsmark-cli index`) indexes them.
</source>
        <translation>기사 %1건을 남기고 검색 색인을 멈췄습니다. 그동안에도 검색되며, 다음 명령(또는 `newsmark-cli index`)이 색인합니다.
</translation>
    </message>
    <message>
        <source>No saved searches. `newsmark-cli searches save NAME QUERY` saves one.
</source>
        <translation>저장한 검색이 없습니다. `newsmark-cli searches save NAME QUERY`로 저장합니다.
</translation>
    </message>
    <message>
        <source>missing NAME</source>
        <translation>NAME이 없습니다</translation>
    </message>
    <message>
        <source>missing QUERY after the name &apos;%1&apos;</source>
        <translation>이름 &apos;%1&apos; 뒤에 QUERY가 없습니다</translation>
    </message>
    <message>
        <source>saved search &apos;%1&apos;: invalid query: %2</source>
        <translation>저장한 검색 &apos;%1&apos;: 잘못된 검색어: %2</translation>
    </message>
    <message>
        <source>Saved the search &apos;%1&apos;: %2
</source>
        <translation>검색 &apos;%1&apos;을(를) 저장했습니다: %2
</translation>
    </message>
    <message>
        <source>missing OLD and NEW</source>
        <translation>OLD와 NEW가 없습니다</translation>
    </message>
    <message>
        <source>missing the new name of &apos;%1&apos;</source>
        <translation>&apos;%1&apos;의 새 이름이 없습니다</translation>
    </message>
    <message>
        <source>Renamed the search &apos;%1&apos; to &apos;%2&apos;.
</source>
        <translation>검색 &apos;%1&apos;의 이름을 &apos;%2&apos;(으)로 바꿨습니다.
</translation>
    </message>
    <message>
        <source>Deleted the search &apos;%1&apos; (%2).
</source>
        <translation>검색 &apos;%1&apos;(%2)을(를) 삭제했습니다.
</translation>
    </message>
    <message>
        <source>%1: %2; nothing was %3</source>
        <translation>%1: %2. 아무것도 %3 않았습니다</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>휴지통으로 옮기지</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>복원하지</translation>
    </message>
    <message>
        <source>moved to the Trash:</source>
        <translation>휴지통으로 옮김:</translation>
    </message>
    <message>
        <source>restored:</source>
        <translation>복원함:</translation>
    </message>
    <message>
        <source>already in the Trash:</source>
        <translation>이미 휴지통에 있음:</translation>
    </message>
    <message>
        <source>not in the Trash:</source>
        <translation>휴지통에 없음:</translation>
    </message>
    <message>
        <source>Restore with: %1 restore %2
</source>
        <translation>복원하려면: %1 restore %2
</translation>
    </message>
    <message>
        <source>The Trash is empty.
</source>
        <translation>휴지통이 비어 있습니다.
</translation>
    </message>
    <message>
        <source>the Trash holds %1 article(s); `trash empty --yes` deletes them for good</source>
        <translation>휴지통에 기사 %1건이 있습니다. `trash empty --yes`로 영구 삭제합니다</translation>
    </message>
    <message>
        <source>trash empty: %1</source>
        <translation>trash empty: %1</translation>
    </message>
    <message>
        <source>Deleted %1 article(s) from the Trash for good.
</source>
        <translation>휴지통에서 기사 %1건을 영구 삭제했습니다.
</translation>
    </message>
    <message>
        <source>Indexing for search %1/%2 …</source>
        <translation>검색 색인 중 %1/%2 …</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.
</source>
        <translation>자세한 내용은 &apos;%1 --help&apos;를 보세요.
</translation>
    </message>
    <message>
        <source>Find amounts, percentages, quantities, people, organizations, places, dates, times and counts (COUNT: ranks, ages, scores) in text. Offsets count Unicode code points, end exclusive. No library is used.</source>
        <translation>텍스트에서 금액, 비율, 수량, 인물, 기관, 장소, 날짜, 시간, 개수(COUNT: 순위, 나이, 점수)를 찾습니다. 위치는 유니코드 코드 포인트 기준이며 끝 위치는 포함하지 않습니다. 라이브러리는 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Read lines {&quot;id&quot;, &quot;text&quot;}, write lines {&quot;id&quot;, &quot;spans&quot;}.</source>
        <translation>{&quot;id&quot;, &quot;text&quot;} 줄을 읽고 {&quot;id&quot;, &quot;spans&quot;} 줄을 씁니다.</translation>
    </message>
    <message>
        <source>The text to analyze; standard input when &apos;-&apos; or absent.</source>
        <translation>분석할 텍스트. &apos;-&apos;이거나 없으면 표준 입력.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>이 도움말을 보이고 끝냅니다.</translation>
    </message>
    <message>
        <source>The library file to use (default: %1).</source>
        <translation>쓸 라이브러리 파일 (기본값: %1).</translation>
    </message>
    <message>
        <source>List the library&apos;s people, organizations and places, the most widely mentioned first.</source>
        <translation>라이브러리의 인물, 기관, 장소를 가장 널리 언급된 것부터 보여 줍니다.</translation>
    </message>
    <message>
        <source>Only names or aliases containing TEXT.</source>
        <translation>TEXT가 들어간 이름이나 다른 표기만.</translation>
    </message>
    <message>
        <source>At most N entities (default 100).</source>
        <translation>개체를 최대 N개까지 (기본값 100).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>JSON 배열로 출력합니다.</translation>
    </message>
    <message>
        <source>Show one entity: its aliases, and every article and note that mentions it.</source>
        <translation>개체 하나를 보여 줍니다: 다른 표기와, 그 개체를 언급한 모든 기사와 메모.</translation>
    </message>
    <message>
        <source>person, org or place, when NAME is several.</source>
        <translation>NAME이 여러 종류일 때 person, org, place 중 하나.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>JSON 객체로 출력합니다.</translation>
    </message>
    <message>
        <source>The entity&apos;s name (see list).</source>
        <translation>개체 이름 (list 참고).</translation>
    </message>
    <message>
        <source>Analyse the articles whose entities are not indexed yet, were indexed by another model, or before a correction.</source>
        <translation>개체를 아직 색인하지 않았거나, 다른 모델로 또는 수정 전에 색인한 기사를 분석합니다.</translation>
    </message>
    <message>
        <source>Every occurrence of TEXT (as a word, particles allowed after it) is an entity of kind K across the library, whatever the recogniser says.</source>
        <translation>인식기 판단과 상관없이, 라이브러리 전체에서 TEXT(낱말로, 뒤에 조사 허용)는 모두 K 종류의 개체입니다.</translation>
    </message>
    <message>
        <source>The entity NAME is the entity NAME2: its mentions count for NAME2.</source>
        <translation>개체 NAME은 개체 NAME2와 같습니다. NAME의 언급은 NAME2의 언급으로 셉니다.</translation>
    </message>
    <message>
        <source>TEXT is not an entity of kind K, wherever the recogniser finds it.</source>
        <translation>인식기가 어디서 찾든 TEXT는 K 종류의 개체가 아닙니다.</translation>
    </message>
    <message>
        <source>NAME&apos;s kind: person, org or place.</source>
        <translation>NAME의 종류: person, org, place.</translation>
    </message>
    <message>
        <source>person, org or place.</source>
        <translation>person, org, place 중 하나.</translation>
    </message>
    <message>
        <source>The entity&apos;s name, when not TEXT.</source>
        <translation>TEXT와 다를 때의 개체 이름.</translation>
    </message>
    <message>
        <source>The entity kept.</source>
        <translation>남길 개체.</translation>
    </message>
    <message>
        <source>NAME2&apos;s kind (default: K).</source>
        <translation>NAME2의 종류 (기본값: K).</translation>
    </message>
    <message>
        <source>The entity merged away.</source>
        <translation>합쳐서 없앨 개체.</translation>
    </message>
    <message>
        <source>The words, exactly as written.</source>
        <translation>적힌 그대로의 낱말.</translation>
    </message>
    <message>
        <source>List the corrections made so far, oldest first.</source>
        <translation>지금까지 한 수정을 오래된 것부터 보여 줍니다.</translation>
    </message>
    <message>
        <source>Delete a correction; the articles it touched are analysed again.</source>
        <translation>수정 하나를 삭제합니다. 그 수정이 적용된 기사는 다시 분석합니다.</translation>
    </message>
    <message>
        <source>The correction&apos;s id (see corrections).</source>
        <translation>수정 id (corrections 참고).</translation>
    </message>
    <message>
        <source>Subscribe to a feed, or to the feed of a site&apos;s page.</source>
        <translation>피드나 사이트 페이지의 피드를 구독합니다.</translation>
    </message>
    <message>
        <source>The feed&apos;s or the site&apos;s address.</source>
        <translation>피드나 사이트의 주소.</translation>
    </message>
    <message>
        <source>Put it in folder F (A/B nests).</source>
        <translation>폴더 F에 넣습니다 (A/B는 중첩).</translation>
    </message>
    <message>
        <source>Fetch whole pages: auto (when the feed carries only summaries), always or never.</source>
        <translation>전체 페이지 받기: auto(피드에 요약만 있을 때), always, never.</translation>
    </message>
    <message>
        <source>The subscriptions.</source>
        <translation>구독 목록.</translation>
    </message>
    <message>
        <source>One JSON array.</source>
        <translation>JSON 배열 하나.</translation>
    </message>
    <message>
        <source>Fetch the feeds that are due, every feed, or the ones named.</source>
        <translation>새로 고칠 때가 된 피드, 모든 피드, 또는 지정한 피드를 받아 옵니다.</translation>
    </message>
    <message>
        <source>Feeds to refresh (see list).</source>
        <translation>새로 고칠 피드 (list 참고).</translation>
    </message>
    <message>
        <source>Every feed, due or not.</source>
        <translation>때가 되었든 아니든 모든 피드.</translation>
    </message>
    <message>
        <source>End a subscription; its articles stay.</source>
        <translation>구독을 해지합니다. 기사는 남습니다.</translation>
    </message>
    <message>
        <source>The feed&apos;s id (see list).</source>
        <translation>피드 id (list 참고).</translation>
    </message>
    <message>
        <source>Subscribe to every feed of an OPML file.</source>
        <translation>OPML 파일의 모든 피드를 구독합니다.</translation>
    </message>
    <message>
        <source>An OPML 1.0 or 2.0 file.</source>
        <translation>OPML 1.0 또는 2.0 파일.</translation>
    </message>
    <message>
        <source>Write the subscriptions as OPML 2.0.</source>
        <translation>구독 목록을 OPML 2.0으로 씁니다.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>쓸 파일.</translation>
    </message>
    <message>
        <source>Import article files (UTF-8, UTF-16 or CP949 text) and folders: every *.txt file below a folder, recursively. Articles already in the library are skipped as duplicates; a file imported before whose text changed updates its article in place, and that article&apos;s notes are placed again in the new text. Exit status 1 when any file could not be imported.</source>
        <translation>기사 파일(UTF-8, UTF-16, CP949 텍스트)과 폴더를 가져옵니다. 폴더는 아래의 모든 *.txt 파일을 재귀적으로 가져옵니다. 이미 라이브러리에 있는 기사는 중복으로 건너뛰고, 전에 가져온 파일의 내용이 바뀌었으면 그 기사를 제자리에서 갱신하며 기사의 메모는 새 본문에서 위치를 다시 잡습니다. 가져오지 못한 파일이 하나라도 있으면 종료 코드는 1입니다.</translation>
    </message>
    <message>
        <source>A file or a folder.</source>
        <translation>파일이나 폴더.</translation>
    </message>
    <message>
        <source>Create an empty library at PATH (or --library, or the default library). An existing library is left as it is.</source>
        <translation>PATH(또는 --library, 또는 기본 라이브러리)에 빈 라이브러리를 만듭니다. 이미 있는 라이브러리는 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Add the bundled sample articles (original texts).</source>
        <translation>함께 제공하는 예제 기사(자체 작성)를 추가합니다.</translation>
    </message>
    <message>
        <source>Where the library file goes.</source>
        <translation>라이브러리 파일을 둘 곳.</translation>
    </message>
    <message>
        <source>Only articles whose headline, outlet, reporter or category contain TEXT.</source>
        <translation>제목, 매체, 기자, 분류에 TEXT가 들어간 기사만.</translation>
    </message>
    <message>
        <source>Show one article: as text, as JSON with every stored field, or as a standalone HTML page with the recognised amounts and names highlighted.</source>
        <translation>기사 하나를 보여 줍니다: 텍스트로, 저장된 모든 필드를 담은 JSON으로, 또는 인식한 금액과 이름을 강조한 독립 HTML 페이지로.</translation>
    </message>
    <message>
        <source>Print every stored field as a JSON object.</source>
        <translation>저장된 모든 필드를 JSON 객체로 출력합니다.</translation>
    </message>
    <message>
        <source>Print a standalone HTML page.</source>
        <translation>독립 HTML 페이지를 출력합니다.</translation>
    </message>
    <message>
        <source>The article&apos;s id (see `list`).</source>
        <translation>기사 id (`list` 참고).</translation>
    </message>
    <message>
        <source>Highlight the passage TEXT of an article, with an optional comment, tags and colour. The note is saved when the command returns; its id is printed.</source>
        <translation>기사의 구절 TEXT를 강조하고, 코멘트, 태그, 색을 붙일 수 있습니다. 명령이 끝나면 메모가 저장되어 있고 그 id를 출력합니다.</translation>
    </message>
    <message>
        <source>The exact text to highlight.</source>
        <translation>강조할 정확한 텍스트.</translation>
    </message>
    <message>
        <source>Which occurrence of TEXT, counting from 1 (default 1).</source>
        <translation>TEXT가 여러 번 나올 때 몇 번째인지, 1부터 (기본값 1).</translation>
    </message>
    <message>
        <source>A comment (Markdown).</source>
        <translation>코멘트 (Markdown).</translation>
    </message>
    <message>
        <source>A tag; repeat for more.</source>
        <translation>태그. 여러 개면 반복합니다.</translation>
    </message>
    <message>
        <source>The highlight colour: %1 (default yellow).</source>
        <translation>강조 색: %1 (기본값 yellow).</translation>
    </message>
    <message>
        <source>Print the new note as a JSON object.</source>
        <translation>새 메모를 JSON 객체로 출력합니다.</translation>
    </message>
    <message>
        <source>List notes, newest first: id, article, colour, quote and tags, or a JSON array with every field.</source>
        <translation>메모를 최신순으로 보여 줍니다: id, 기사, 색, 인용, 태그. 또는 모든 필드를 담은 JSON 배열.</translation>
    </message>
    <message>
        <source>Only the notes of this article.</source>
        <translation>이 기사의 메모만.</translation>
    </message>
    <message>
        <source>Only notes with this tag.</source>
        <translation>이 태그가 붙은 메모만.</translation>
    </message>
    <message>
        <source>The notes of one article.</source>
        <translation>기사 하나의 메모.</translation>
    </message>
    <message>
        <source>The notes with a tag.</source>
        <translation>태그가 붙은 메모.</translation>
    </message>
    <message>
        <source>Every note in the library.</source>
        <translation>라이브러리의 모든 메모.</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of standard output.</source>
        <translation>표준 출력 대신 FILE에 (원자적으로) 씁니다.</translation>
    </message>
    <message>
        <source>Restore notes from a W3C Web Annotation JSON file (as `notes export --format json` writes). Notes whose id is in the library already are skipped, so importing twice changes nothing; a file with any unreadable annotation imports nothing.</source>
        <translation>W3C Web Annotation JSON 파일(`notes export --format json`이 쓰는 형식)에서 메모를 되살립니다. 이미 라이브러리에 있는 id의 메모는 건너뛰므로 두 번 가져와도 바뀌는 것이 없습니다. 읽을 수 없는 주석이 하나라도 있는 파일은 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>The JSON file.</source>
        <translation>JSON 파일.</translation>
    </message>
    <message>
        <source>Fetch a web page, keep its article (text only, no page script runs) and store it in the library; saving it again updates it.</source>
        <translation>웹 페이지를 받아 기사(본문만, 페이지 스크립트는 실행하지 않음)를 라이브러리에 저장합니다. 다시 저장하면 갱신합니다.</translation>
    </message>
    <message>
        <source>The page&apos;s address.</source>
        <translation>페이지 주소.</translation>
    </message>
    <message>
        <source>Search the articles (or with --notes the notes): words and &quot;phrases&quot;, OR, NOT or -word, parentheses; headline: outlet: reporter: tag: note: has:note is:unread is:read is:starred feed: date:2025-01..2025-03 date:&gt;2025-02-01 person: org: place: money:&gt;1조원 money:100억..1000억원 percent:&gt;=50; money: compares other currencies at the Amounts panel&apos;s rates or the query&apos;s own, rate:USD=1400 (KRW per USD) or rate:EUR-USD=1.08. Prints id, date, headline and a passage with the matches between « and »; --json gives the matches as code-point offsets.</source>
        <translation>기사(--notes면 메모)를 검색합니다: 낱말과 &quot;구절&quot;, OR, NOT 또는 -낱말, 괄호, headline: outlet: reporter: tag: note: has:note is:unread is:read is:starred feed: date:2025-01..2025-03 date:&gt;2025-02-01 person: org: place: money:&gt;1조원 money:100억..1000억원 percent:&gt;=50. money:는 다른 통화를 금액·수치 패널의 환율이나 검색어에 적은 환율(rate:USD=1400(1달러당 원), rate:EUR-USD=1.08)로 비교합니다. id, 날짜, 제목과 일치 부분을 « »로 감싼 구절을 출력하며, --json은 일치 위치를 코드 포인트 단위로 줍니다.</translation>
    </message>
    <message>
        <source>Search the notes instead of the articles.</source>
        <translation>기사 대신 메모를 검색합니다.</translation>
    </message>
    <message>
        <source>Show at most N results (default 20; 0: all).</source>
        <translation>결과를 최대 N개까지 보여 줍니다 (기본값 20, 0이면 모두).</translation>
    </message>
    <message>
        <source>rank (default) or date (newest first).</source>
        <translation>rank(기본값) 또는 date(최신순).</translation>
    </message>
    <message>
        <source>Run the saved search NAME (see `searches`) instead of a QUERY.</source>
        <translation>QUERY 대신 저장한 검색 NAME을 실행합니다 (`searches` 참고).</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>찾을 내용.</translation>
    </message>
    <message>
        <source>Build the search index where it is missing (a library from an earlier version), or with --rebuild build it again from every article and note.</source>
        <translation>검색 색인이 없는 곳(이전 버전의 라이브러리)에 만들거나, --rebuild면 모든 기사와 메모로 다시 만듭니다.</translation>
    </message>
    <message>
        <source>Empty the index and build it again.</source>
        <translation>색인을 비우고 다시 만듭니다.</translation>
    </message>
    <message>
        <source>List the saved searches by name: how many articles each finds, its name and its query.</source>
        <translation>저장한 검색을 이름순으로 보여 줍니다: 찾은 기사 수, 이름, 검색어.</translation>
    </message>
    <message>
        <source>Save QUERY (the words after NAME, as `search` takes them) under NAME.</source>
        <translation>QUERY(NAME 뒤의 낱말, `search`와 같은 문법)를 NAME으로 저장합니다.</translation>
    </message>
    <message>
        <source>The new search&apos;s name.</source>
        <translation>새 검색의 이름.</translation>
    </message>
    <message>
        <source>The query.</source>
        <translation>검색어.</translation>
    </message>
    <message>
        <source>Give the saved search OLD the name NEW.</source>
        <translation>저장한 검색 OLD의 이름을 NEW로 바꿉니다.</translation>
    </message>
    <message>
        <source>Its name now.</source>
        <translation>지금 이름.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>새 이름.</translation>
    </message>
    <message>
        <source>Delete the saved search NAME.</source>
        <translation>저장한 검색 NAME을 삭제합니다.</translation>
    </message>
    <message>
        <source>Its name.</source>
        <translation>이름.</translation>
    </message>
    <message>
        <source>Move articles to the Trash: they leave the list, their notes leave the Notes view, until `restore` brings them back or `trash empty` deletes them for good.</source>
        <translation>기사를 휴지통으로 옮깁니다. `restore`로 되돌리거나 `trash empty`로 영구 삭제할 때까지 기사는 목록에서, 메모는 메모 보기에서 빠집니다.</translation>
    </message>
    <message>
        <source>Bring articles back from the Trash, with their notes.</source>
        <translation>휴지통의 기사를 메모와 함께 되돌립니다.</translation>
    </message>
    <message>
        <source>An article&apos;s id (see `list`).</source>
        <translation>기사 id (`list` 참고).</translation>
    </message>
    <message>
        <source>List the articles in the Trash, last deleted first: id, date deleted, outlet and headline, or a JSON array like `list --json`&apos;s with deleted_at.</source>
        <translation>휴지통의 기사를 최근 삭제순으로 보여 줍니다: id, 삭제일, 매체, 제목. 또는 `list --json`과 같은 JSON 배열에 deleted_at을 더해서.</translation>
    </message>
    <message>
        <source>Delete every article in the Trash for good, with its notes, entity mentions and analysis. This cannot be undone.</source>
        <translation>휴지통의 모든 기사를 메모, 개체 언급, 분석과 함께 영구 삭제합니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Do it: without it, nothing is deleted.</source>
        <translation>실제로 삭제합니다. 이 옵션이 없으면 아무것도 삭제하지 않습니다.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>사용법:</translation>
    </message>
    <message>
        <source>Usage: newsmark-cli entities SUBCOMMAND [options] [arguments]
People, organizations and places across the library: one entity per name, with the articles
and notes that mention it, and the corrections that always win over the recogniser.

Subcommands:
  list [--filter TEXT] [--limit N] [--json]
                   Entities, the most widely mentioned first.
  show NAME [--kind K] [--json]
                   One entity: its aliases, and every article and note that mentions it.
  index            Analyse the articles whose entities are not indexed yet (or were indexed
                   by another model or before a correction).
  mark TEXT --as K [--name NAME]
                   Every occurrence of TEXT is a K (named NAME), across the library.
  remove TEXT --kind K
                   TEXT is not a K, wherever the recogniser finds it.
  merge NAME --kind K --into NAME2 [--into-kind K2]
                   The entity NAME is the entity NAME2.
  corrections [--json]
                   The corrections made so far, oldest first.
  forget ID        Delete a correction (see corrections).

K is person, org or place. list and show bring the index up to date first; every subcommand
accepts --help and --library PATH.
</source>
        <translation>사용법: newsmark-cli entities SUBCOMMAND [options] [arguments]
라이브러리 전체의 인물, 기관, 장소: 이름마다 개체 하나와, 그 개체를 언급한 기사와 메모,
그리고 인식기보다 늘 우선하는 수정.

하위 명령:
  list [--filter TEXT] [--limit N] [--json]
                   개체를 가장 널리 언급된 것부터.
  show NAME [--kind K] [--json]
                   개체 하나: 다른 표기와, 그 개체를 언급한 모든 기사와 메모.
  index            개체를 아직 색인하지 않은 기사(다른 모델로 또는 수정 전에 색인한
                   기사 포함)를 분석합니다.
  mark TEXT --as K [--name NAME]
                   라이브러리 전체에서 TEXT는 모두 (NAME이라는) K입니다.
  remove TEXT --kind K
                   인식기가 어디서 찾든 TEXT는 K가 아닙니다.
  merge NAME --kind K --into NAME2 [--into-kind K2]
                   개체 NAME은 개체 NAME2와 같습니다.
  corrections [--json]
                   지금까지 한 수정, 오래된 것부터.
  forget ID        수정 하나를 삭제합니다 (corrections 참고).

K는 person, org, place 중 하나입니다. list와 show는 먼저 색인을 최신으로 만듭니다. 모든
하위 명령은 --help와 --library PATH를 받습니다.
</translation>
    </message>
    <message>
        <source>Usage: newsmark-cli feeds SUBCOMMAND [options] [arguments]
Subscriptions: new items of each feed become articles of the library, like imported files.

Subcommands:
  add URL [--folder F] [--full-text auto|always|never]
                   Subscribe to a feed, or to the feed a site&apos;s page declares or keeps at a
                   usual address; its items are fetched at once.
  list [--json]    The subscriptions, with their articles, unread count and last error.
  refresh [ID...] [--all]
                   Fetch the feeds that are due (--all: every feed; or the ones named), and
                   store their new and edited items. A summary per feed on stdout.
  remove ID        End a subscription; its articles stay in the library.
  import FILE.opml Subscribe to every feed of an OPML file (folders kept).
  export -o FILE.opml
                   Write the subscriptions as OPML 2.0, with their folders.

Every subcommand accepts --help and --library PATH.
</source>
        <translation>사용법: newsmark-cli feeds SUBCOMMAND [options] [arguments]
구독: 피드마다 새 항목이 가져온 파일처럼 라이브러리의 기사가 됩니다.

하위 명령:
  add URL [--folder F] [--full-text auto|always|never]
                   피드를 구독하거나, 사이트 페이지가 알려 주거나 흔한 주소에 둔 피드를
                   구독합니다. 항목은 바로 받아 옵니다.
  list [--json]    구독 목록과 기사 수, 안 읽은 수, 마지막 오류.
  refresh [ID...] [--all]
                   새로 고칠 때가 된 피드(--all: 모든 피드, 또는 지정한 피드)를 받아
                   새 항목과 고친 항목을 저장합니다. 피드마다 요약을 stdout에 씁니다.
  remove ID        구독을 해지합니다. 기사는 라이브러리에 남습니다.
  import FILE.opml OPML 파일의 모든 피드를 구독합니다 (폴더 유지).
  export -o FILE.opml
                   구독 목록을 폴더와 함께 OPML 2.0으로 씁니다.

모든 하위 명령은 --help와 --library PATH를 받습니다.
</translation>
    </message>
    <message>
        <source>Usage: newsmark-cli notes SUBCOMMAND [options] [arguments]
Highlights with comments and tags on the articles of the library.

Subcommands:
  add ARTICLE --quote TEXT [--occurrence N] [--text COMMENT] [--tag T]... [--color C]
                   Highlight a passage of an article; prints the new note&apos;s id.
  list [--article ID] [--tag T] [--json]
                   List notes, newest first.
  export --format md|html|csv|json [--article ID | --tag T | --all] [-o FILE]
                   Export notes; JSON is W3C Web Annotation.
  import FILE      Restore notes from an exported JSON file (notes already present are skipped).

Every subcommand accepts --help and --library PATH.
Offsets count Unicode code points; end offsets are exclusive.
</source>
        <translation>사용법: newsmark-cli notes SUBCOMMAND [options] [arguments]
라이브러리 기사에 단 강조, 코멘트, 태그.

하위 명령:
  add ARTICLE --quote TEXT [--occurrence N] [--text COMMENT] [--tag T]... [--color C]
                   기사의 구절을 강조하고 새 메모의 id를 출력합니다.
  list [--article ID] [--tag T] [--json]
                   메모를 최신순으로 보여 줍니다.
  export --format md|html|csv|json [--article ID | --tag T | --all] [-o FILE]
                   메모를 내보냅니다. JSON은 W3C Web Annotation입니다.
  import FILE      내보낸 JSON 파일에서 메모를 되살립니다 (이미 있는 메모는 건너뜀).

모든 하위 명령은 --help와 --library PATH를 받습니다.
위치는 유니코드 코드 포인트 단위이며, 끝 위치는 포함하지 않습니다.
</translation>
    </message>
    <message>
        <source>Usage: newsmark-cli searches [SUBCOMMAND] [options]
Saved searches: a query of `newsmark-cli search` kept in the library under a name. Newsmark
shows them in its sidebar with their counts.

Subcommands:
  list [--json]         Each saved search with how many articles it finds (the default).
  save NAME QUERY...    Save a query under a new name (the query is checked first).
  rename OLD NEW        Give a saved search another name.
  delete NAME           Delete a saved search.

Run one with `newsmark-cli search --saved NAME`. Names ignore case.
Every subcommand accepts --help and --library PATH.
</source>
        <translation>사용법: newsmark-cli searches [SUBCOMMAND] [options]
저장한 검색: `newsmark-cli search`의 검색어를 이름을 붙여 라이브러리에 둔 것. Newsmark는
사이드바에 결과 수와 함께 보여 줍니다.

하위 명령:
  list [--json]         저장한 검색마다 찾은 기사 수 (기본 동작).
  save NAME QUERY...    검색어를 새 이름으로 저장합니다 (먼저 검색어를 검사).
  rename OLD NEW        저장한 검색의 이름을 바꿉니다.
  delete NAME           저장한 검색을 삭제합니다.

실행은 `newsmark-cli search --saved NAME`. 이름은 대소문자를 가리지 않습니다.
모든 하위 명령은 --help와 --library PATH를 받습니다.
</translation>
    </message>
    <message>
        <source>Usage: newsmark-cli trash SUBCOMMAND [options]
The Trash: articles deleted with `newsmark-cli delete` (or in the window) wait there, with
their notes, until they are restored or the Trash is emptied.

Subcommands:
  list [--json]    The articles in the Trash, last deleted first (JSON: with deleted_at).
  empty [--yes]    Delete every article in the Trash for good, with its notes. A feed&apos;s
                   item whose article is deleted for good does not come back.

Every subcommand accepts --help and --library PATH.
</source>
        <translation>사용법: newsmark-cli trash SUBCOMMAND [options]
휴지통: `newsmark-cli delete`로 (또는 창에서) 삭제한 기사가 복원되거나 휴지통을 비울 때까지
메모와 함께 머무는 곳.

하위 명령:
  list [--json]    휴지통의 기사, 최근 삭제순 (JSON에는 deleted_at 포함).
  empty [--yes]    휴지통의 모든 기사를 메모와 함께 영구 삭제합니다. 영구 삭제한 기사의
                   피드 항목은 다시 오지 않습니다.

모든 하위 명령은 --help와 --library PATH를 받습니다.
</translation>
    </message>
    <message>
        <source>OUTLET</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>HEADLINE</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>ARTICLES</source>
        <translation>기사 수</translation>
    </message>
    <message>
        <source>MENTIONS</source>
        <translation>언급 수</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>ARTICLE</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>색</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>삭제일</translation>
    </message>
    <message>
        <source>Print {&quot;text&quot;, &quot;spans&quot;: [{&quot;start&quot;, &quot;end&quot;, &quot;type&quot;, &quot;text&quot;, ...normalized value}], &quot;implied_rates&quot;, &quot;disagreements&quot;} (docs/AMOUNTS.md).</source>
        <translation>{&quot;text&quot;, &quot;spans&quot;: [{&quot;start&quot;, &quot;end&quot;, &quot;type&quot;, &quot;text&quot;, ...정규화한 값}], &quot;implied_rates&quot;, &quot;disagreements&quot;}를 출력합니다 (docs/AMOUNTS.md).</translation>
    </message>
    <message>
        <source>Usage: newsmark-cli COMMAND [options] [arguments]
A news reader&apos;s library from the command line.

Commands:
  init [PATH] [--samples]            Create a library (import creates one as needed too).
  import PATH...                     Import article files or folders (recursively).
  list [--json] [--unread] [--starred]
                                     List the articles in the library (not the Trash).
  show ID [--json|--html]            Show one article as text, JSON or a web page.
  search QUERY [--json] [--notes]    Search articles or notes: words, &quot;phrases&quot;, OR, NOT,
                                     fields such as headline: tag: date: org: (see search
                                     --help).
  searches [list|save|rename|delete] Saved searches with their counts; run one with
                                     search --saved NAME (see searches --help).
  index [--rebuild]                  Build the search index (after an upgrade) or rebuild it.
  delete ID...                       Move articles to the Trash (their notes go with them).
  restore ID...                      Bring articles back from the Trash.
  trash list|empty                   The Trash: list it, or delete what is in it for good
                                     (empty --yes; see trash --help).
  star|unstar ID...                  Star articles, or take the star off.
  read|unread ID...                  Mark articles as read or unread.
  analyze [FILE|-] [--json|--jsonl]  Find amounts, people, places ... in text.
  notes add|list|export|import       Highlights, comments and tags (see notes --help).
  entities list|show|index|mark|remove|merge|corrections|forget
                                     People, organizations and places across the library,
                                     and corrections to them (see entities --help).
  save URL                           Keep a web page&apos;s article (text only) in the library.
  feeds add|list|refresh|remove|import|export
                                     Subscriptions: new items become articles (see feeds
                                     --help); OPML in and out.

Every command accepts --help and --library PATH (default: %1).
While Newsmark has the library open, commands run inside it (their output comes here, and
the window shows their changes at once).

Options:
  -h, --help     Show this help and exit.
  -v, --version  Show the version and exit.

Exit status: 0 on success, 1 on failure, 2 on a wrong command line.
Offsets in JSON output count Unicode code points; end offsets are exclusive.
</source>
        <translation>사용법: newsmark-cli COMMAND [options] [arguments]
명령줄에서 쓰는 뉴스 리더 라이브러리.

명령:
  init [PATH] [--samples]            라이브러리를 만듭니다 (import도 필요하면 만듭니다).
  import PATH...                     기사 파일이나 폴더를 (재귀적으로) 가져옵니다.
  list [--json] [--unread] [--starred]
                                     라이브러리의 기사를 보여 줍니다 (휴지통 제외).
  show ID [--json|--html]            기사 하나를 텍스트, JSON, 웹 페이지로 보여 줍니다.
  search QUERY [--json] [--notes]    기사나 메모 검색: 낱말, &quot;구절&quot;, OR, NOT,
                                     headline: tag: date: org: 같은 필드 (search --help
                                     참고).
  searches [list|save|rename|delete] 저장한 검색과 결과 수. 실행은
                                     search --saved NAME (searches --help 참고).
  index [--rebuild]                  검색 색인을 만들거나 (업그레이드 뒤) 다시 만듭니다.
  delete ID...                       기사를 휴지통으로 옮깁니다 (메모도 함께).
  restore ID...                      휴지통의 기사를 되돌립니다.
  trash list|empty                   휴지통: 목록을 보거나, 안의 기사를 영구 삭제합니다
                                     (empty --yes, trash --help 참고).
  star|unstar ID...                  기사에 별표를 붙이거나 뗍니다.
  read|unread ID...                  기사를 읽음 또는 안 읽음으로 표시합니다.
  analyze [FILE|-] [--json|--jsonl]  텍스트에서 금액, 인물, 장소 등을 찾습니다.
  notes add|list|export|import       강조, 코멘트, 태그 (notes --help 참고).
  entities list|show|index|mark|remove|merge|corrections|forget
                                     라이브러리 전체의 인물, 기관, 장소와 그 수정
                                     (entities --help 참고).
  save URL                           웹 페이지의 기사(본문만)를 라이브러리에 저장합니다.
  feeds add|list|refresh|remove|import|export
                                     구독: 새 항목이 기사가 됩니다 (feeds --help 참고).
                                     OPML 가져오기와 내보내기.

모든 명령은 --help와 --library PATH(기본값: %1)를 받습니다.
Newsmark가 라이브러리를 열고 있으면 명령은 그 안에서 실행됩니다 (출력은 여기에 나오고,
창은 바뀐 내용을 바로 보여 줍니다).

옵션:
  -h, --help     이 도움말을 보이고 끝냅니다.
  -v, --version  버전을 보이고 끝냅니다.

종료 코드: 성공 0, 실패 1, 잘못된 명령줄 2.
JSON 출력의 위치는 유니코드 코드 포인트 단위이며, 끝 위치는 포함하지 않습니다.
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names entities of two kinds (%2 and %3): say which with --kind</source>
        <translation>&apos;%1&apos;은(는) 두 종류(%2, %3)의 개체를 가리킵니다. --kind로 하나를 고르세요</translation>
    </message>
    <message>
        <source>%1 of %2 feeds</source>
        <translation>피드 %2개 중 %1개</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1: %2. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>Star articles (list them with `list --starred`).</source>
        <translation>기사에 별표를 붙입니다 (`list --starred`로 목록을 봅니다).</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>별표 붙임</translation>
    </message>
    <message>
        <source>already starred</source>
        <translation>이미 별표 있음</translation>
    </message>
    <message>
        <source>Take the star off articles.</source>
        <translation>기사의 별표를 뗍니다.</translation>
    </message>
    <message>
        <source>unstarred</source>
        <translation>별표 뗌</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>별표 없음</translation>
    </message>
    <message>
        <source>Mark articles as read.</source>
        <translation>기사를 읽음으로 표시합니다.</translation>
    </message>
    <message>
        <source>marked read</source>
        <translation>읽음으로 표시함</translation>
    </message>
    <message>
        <source>already read</source>
        <translation>이미 읽음</translation>
    </message>
    <message>
        <source>Mark articles as unread (list them with `list --unread`).</source>
        <translation>기사를 안 읽음으로 표시합니다 (`list --unread`로 목록을 봅니다).</translation>
    </message>
    <message>
        <source>marked unread</source>
        <translation>안 읽음으로 표시함</translation>
    </message>
    <message>
        <source>already unread</source>
        <translation>이미 안 읽음</translation>
    </message>
    <message>
        <source>Importing %1/%2 …</source>
        <translation>가져오는 중 %1/%2 …</translation>
    </message>
    <message>
        <source>List the articles in the library, newest first: id, date, outlet and headline (an article without a date of its own has none), or a JSON array of objects with id, headline, outlet, published (null when the article carries no date), imported_at, read and starred, as `show --json` has them.</source>
        <translation>라이브러리의 기사를 최신순으로 보여 줍니다: id, 날짜, 매체, 제목(날짜가 없는 기사는 날짜 없이). 또는 `show --json`과 같은 id, headline, outlet, published(날짜가 없으면 null), imported_at, read, starred가 있는 객체의 JSON 배열.</translation>
    </message>
    <message>
        <source>Only unread articles.</source>
        <translation>안 읽은 기사만.</translation>
    </message>
    <message>
        <source>Only starred articles.</source>
        <translation>별표한 기사만.</translation>
    </message>
    <message>
        <source>Export notes with their articles&apos; headline, outlet, date and source, the quote, comment, tags, and the entities and amounts inside the quote. JSON follows the W3C Web Annotation Data Model (an AnnotationCollection) and `notes import` reads it back. PDF is the HTML printed as the window prints it. The same notes give the same bytes (PDF aside: it carries its time).</source>
        <translation>메모를 기사의 제목, 매체, 날짜, 출처와 함께, 인용, 코멘트, 태그, 인용 안의 개체와 금액까지 내보냅니다. JSON은 W3C Web Annotation Data Model(AnnotationCollection)을 따르며 `notes import`로 다시 읽습니다. PDF는 HTML을 창과 똑같이 인쇄한 것입니다. 같은 메모는 같은 바이트가 됩니다(PDF는 만든 시각이 들어가므로 예외).</translation>
    </message>
    <message>
        <source>md, html, pdf, csv or json.</source>
        <translation>md, html, pdf, csv, json 중 하나.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (md, html, pdf, csv or json)</source>
        <translation>알 수 없는 형식 &apos;%1&apos; (md, html, pdf, csv, json 중 하나)</translation>
    </message>
    <message>
        <source>article %1 has no notes</source>
        <translation>기사 %1에는 메모가 없습니다</translation>
    </message>
    <message>
        <source>no note has the tag &apos;%1&apos;</source>
        <translation>태그 &apos;%1&apos;이(가) 붙은 메모가 없습니다</translation>
    </message>
    <message>
        <source>the library has no notes</source>
        <translation>라이브러리에 메모가 없습니다</translation>
    </message>
    <message>
        <source>nothing to export: %1 (%2)</source>
        <translation>내보낼 것이 없습니다: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>exported %n note(s) to %1
</source>
        <translation>
            <numerusform>메모 %n개를 %1(으)로 내보냈습니다
</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %1/%2 …</source>
        <translation>색인하는 중 %1/%2 …</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::AmountsDock</name>
    <message>
        <source>Amounts</source>
        <translation>금액·수치</translation>
    </message>
    <message>
        <source>Figures that disagree</source>
        <translation>서로 맞지 않는 수치</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Convert the article&apos;s money amounts to this currency</source>
        <translation>기사의 금액을 이 통화로 환산합니다</translation>
    </message>
    <message>
        <source>Article&apos;s rate</source>
        <translation>기사 환율</translation>
    </message>
    <message>
        <source>My rate</source>
        <translation>내 환율</translation>
    </message>
    <message>
        <source>The rate the article implies with a conversion in brackets, such as 5000억달러(약 720조원), or a rate you set</source>
        <translation>5000억달러(약 720조원)처럼 기사가 괄호 안 환산으로 드러내는 환율, 또는 직접 정한 환율</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>Convert to:</source>
        <translation>환산 통화:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Open an article to list its amounts.</source>
        <translation>기사를 열면 금액과 수치가 여기에 나옵니다.</translation>
    </message>
    <message>
        <source>No amounts in this article: no money, percentages or counted quantities were found.</source>
        <translation>이 기사에는 금액·수치가 없습니다. 돈, 비율, 개수가 하나도 발견되지 않았습니다.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Exact value</source>
        <translation>정확한 값</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>다른 표기법</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>환산</translation>
    </message>
    <message>
        <source>Converted in the article: %1 — %2</source>
        <translation>기사 속 환산: %1 — %2</translation>
    </message>
    <message>
        <source>%1 vs %2: %3 apart</source>
        <translation>%1 대 %2: %3 차이</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>약: %1</translation>
    </message>
    <message>
        <source> (at the article&apos;s rate)</source>
        <translation> (기사 환율 기준)</translation>
    </message>
    <message>
        <source>Disagrees with %1 (%2): %3 apart</source>
        <translation>%1(%2)와(과) 맞지 않음: %3 차이</translation>
    </message>
    <message>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
    <message>
        <source>Article&apos;s rate: none (the article converts no amount in brackets).</source>
        <translation>기사 환율: 없음 (기사에 괄호 안 환산이 없습니다).</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, 출처: %2</translation>
    </message>
    <message>
        <source>Article&apos;s rate: %1.</source>
        <translation>기사 환율: %1.</translation>
    </message>
    <message>
        <source>Converting %1 %2.</source>
        <translation>%1 %2 환산 중.</translation>
    </message>
    <message>
        <source>The article gives no %1–%2 rate: choose My rate to set one.</source>
        <translation>기사에 %1–%2 환율이 없습니다. ‘내 환율’을 골라 정하세요.</translation>
    </message>
    <message>
        <source>Set your %1–%2 rate to convert.</source>
        <translation>환산하려면 %1–%2 환율을 정하세요.</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>%1 환산</translation>
    </message>
    <message>
        <source>No %1 to %2 rate: the article gives none and you have set none.</source>
        <translation>%1→%2 환율이 없습니다. 기사에도 없고 직접 정한 것도 없습니다.</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>sub-headline</source>
        <translation>부제</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>%1번째 문단</translation>
    </message>
    <message>
        <source>%1 (%2) is the odd one out: %3 at the article&apos;s own rate of %4 is %5.</source>
        <translation>%1(%2)이(가) 어긋납니다: 기사 자체 환율 %4로 %3은(는) %5입니다.</translation>
    </message>
    <message>
        <source>%1 and %2: the article does not say which is right.</source>
        <translation>%1, %2: 어느 쪽이 맞는지 기사에 나오지 않습니다.</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::CorrectionsDialog</name>
    <message>
        <source>Entity Corrections</source>
        <translation>개체 수정 내역</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>수정일</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>취소(&amp;F)</translation>
    </message>
    <message>
        <source>Let the model decide again for this text (Ctrl+Z brings it back)</source>
        <translation>이 텍스트는 다시 모델이 판단하게 합니다 (Ctrl+Z로 되돌림)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Corrections apply to every article, before the model&apos;s findings; the newest of two about one text wins.</source>
        <translation>수정은 모든 기사에 모델 판단보다 먼저 적용됩니다. 같은 텍스트에 대한 수정이 둘이면 최근 것이 우선합니다.</translation>
    </message>
    <message>
        <source>“%1” is the same as “%2”</source>
        <translation>“%1”은(는) “%2”와(과) 같음</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::EntitiesController</name>
    <message>
        <source>Correction not saved</source>
        <translation>수정을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Correction not forgotten</source>
        <translation>수정을 취소하지 못했습니다</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>“%1”을(를) “%2”에 합치기</translation>
    </message>
    <message>
        <source>Forget Correction</source>
        <translation>수정 취소</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::EntitiesDock</name>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>언급</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>다른 기사</translation>
    </message>
    <message>
        <source>Show in Library</source>
        <translation>라이브러리에서 보기</translation>
    </message>
    <message>
        <source>List only the articles that mention this entity</source>
        <translation>이 개체를 언급한 기사만 목록에 보여 줍니다</translation>
    </message>
    <message>
        <source>Mark as &amp;Person</source>
        <translation>인물로 표시(&amp;P)</translation>
    </message>
    <message>
        <source>Mark as &amp;Organization</source>
        <translation>기관으로 표시(&amp;O)</translation>
    </message>
    <message>
        <source>Mark as P&amp;lace</source>
        <translation>장소로 표시(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Not an Entity</source>
        <translation>개체 아님(&amp;N)</translation>
    </message>
    <message>
        <source>The chosen name is not an entity of its kind, in any article</source>
        <translation>선택한 이름은 어느 기사에서도 이 종류의 개체가 아닙니다</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>다른 개체에 합치기(&amp;M)…</translation>
    </message>
    <message>
        <source>The chosen entity is another one, written differently</source>
        <translation>선택한 개체는 표기만 다른 다른 개체입니다</translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation>수정 내역(&amp;C)…</translation>
    </message>
    <message>
        <source>Every correction made to the entities, to review or forget</source>
        <translation>개체에 한 모든 수정. 검토하거나 취소할 수 있습니다</translation>
    </message>
    <message>
        <source>E&amp;ntities</source>
        <translation>개체(&amp;N)</translation>
    </message>
    <message>
        <source>%1 — also written %2</source>
        <translation>%1 — 다른 표기: %2</translation>
    </message>
    <message>
        <source>Choose a name to see where else the library mentions it.</source>
        <translation>이름을 고르면 라이브러리의 다른 언급 위치가 나옵니다.</translation>
    </message>
    <message>
        <source>Dates and times are not followed across the library.</source>
        <translation>날짜와 시간은 라이브러리 전체에서 추적하지 않습니다.</translation>
    </message>
    <message>
        <source>“%1” is being indexed…</source>
        <translation>“%1” 색인 중…</translation>
    </message>
    <message>
        <source>“%1” is not in the library&apos;s index yet.</source>
        <translation>“%1”은(는) 아직 라이브러리 색인에 없습니다.</translation>
    </message>
    <message>
        <source>Note: “%1”</source>
        <translation>메모: “%1”</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>기사 1건</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>기사 %1건</translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation>다른 표기: %1</translation>
    </message>
    <message>
        <source>No other article mentions it.</source>
        <translation>다른 기사에는 나오지 않습니다.</translation>
    </message>
    <message>
        <source>Merge Entity</source>
        <translation>개체 합치기</translation>
    </message>
    <message>
        <source>Change To</source>
        <translation>변경할 종류</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::EntityIndexController</name>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop indexing entities; what is done is kept, the rest waits for the next start</source>
        <translation>개체 색인을 멈춥니다. 끝난 부분은 남고 나머지는 다음 시작 때 이어집니다</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <source>Indexing entities: %1 of %2</source>
        <translation>개체 색인 중: %2건 중 %1건</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::FeedsController</name>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop refreshing; what arrived is kept</source>
        <translation>새로 고침을 멈춥니다. 이미 받은 기사는 남습니다</translation>
    </message>
    <message>
        <source>Refreshing feeds: %1 of %2</source>
        <translation>피드 새로 고침: %2개 중 %1개</translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>피드 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Subscribe to a feed, or to the feed of a site&apos;s page</source>
        <translation>피드나 사이트 페이지의 피드를 구독합니다</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>모두 새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;top Refreshing</source>
        <translation>새로 고침 중지(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>속성(&amp;P)…</translation>
    </message>
    <message>
        <source>R&amp;emove Feed…</source>
        <translation>피드 삭제(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Subscriptions (OPML)…</source>
        <translation>구독 목록 가져오기(OPML)(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Subscriptions (OPML)…</source>
        <translation>구독 목록 내보내기(OPML)(&amp;X)…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <source>Refreshing feeds: 0 of %1</source>
        <translation>피드 새로 고침: %1개 중 0개</translation>
    </message>
    <message>
        <source>Feeds could not be refreshed: %1</source>
        <translation>피드를 새로 고치지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) from feeds</source>
        <translation>
            <numerusform>피드에서 새 기사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated at the source</source>
        <translation>
            <numerusform>원문에서 %n건 갱신</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failing: %1</source>
        <translation>
            <numerusform>피드 %n개 오류: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Feed</source>
        <translation>피드 추가</translation>
    </message>
    <message>
        <source>https://www.example.com, or a feed&apos;s address</source>
        <translation>https://www.example.com 또는 피드 주소</translation>
    </message>
    <message>
        <source>A site&apos;s address is enough: its feed is found for you.</source>
        <translation>사이트 주소만 넣어도 피드를 찾아 줍니다.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>Whole &amp;pages:</source>
        <translation>전체 페이지(&amp;P):</translation>
    </message>
    <message>
        <source>A page is being saved; try again in a moment.</source>
        <translation>페이지를 저장하는 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Save Page</source>
        <translation>페이지 저장</translation>
    </message>
    <message>
        <source>https://news.example.com/article/123</source>
        <translation>https://news.example.com/article/123</translation>
    </message>
    <message>
        <source>The article&apos;s text is kept; nothing of the page runs.</source>
        <translation>기사 본문만 저장하며 페이지의 스크립트는 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <source>The page was not saved.</source>
        <translation>페이지를 저장하지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Saved &quot;%1&quot; with %n image(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; 저장함 (이미지 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 저장함</translation>
    </message>
    <message>
        <source>Looking for the feed at %1…</source>
        <translation>%1에서 피드를 찾는 중…</translation>
    </message>
    <message>
        <source>No feed was added.</source>
        <translation>피드를 추가하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %1: %n article(s)</source>
        <translation>
            <numerusform>%1 구독함: 기사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Feed</source>
        <translation>피드 삭제</translation>
    </message>
    <message>
        <source>Unsubscribe from &quot;%1&quot;?</source>
        <translation>&quot;%1&quot; 구독을 해지할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n article(s) stay in the library, with their notes.</source>
        <translation>
            <numerusform>이 피드의 기사 %n건은 메모와 함께 라이브러리에 남습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>구독 해지</translation>
    </message>
    <message>
        <source>%1 — Properties</source>
        <translation>%1 — 속성</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>As the feed says</source>
        <translation>피드에 적힌 대로</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>새로 고침 간격(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>인코딩(&amp;E):</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>마지막 오류:</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>피드 속성</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encoding Newsmark knows. Choose one from the list, or leave &quot;As the feed says&quot;.</source>
        <translation>&quot;%1&quot;은(는) Newsmark가 모르는 인코딩입니다. 목록에서 고르거나 &quot;피드에 적힌 대로&quot;로 두세요.</translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation>구독 목록 가져오기</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML 파일 (*.opml *.xml);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %n feed(s) from %1</source>
        <translation>
            <numerusform>%1에서 피드 %n개를 구독함</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Subscriptions</source>
        <translation>구독 목록 내보내기</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML 파일 (*.opml)</translation>
    </message>
    <message>
        <source>%1 is this library&apos;s own file</source>
        <translation>%1은(는) 이 라이브러리 자체의 파일입니다</translation>
    </message>
    <message>
        <source>Newsmark subscriptions</source>
        <translation>Newsmark 구독 목록</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n feed(s) to %1</source>
        <translation>
            <numerusform>%1에 피드 %n개를 저장함</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mark Feed as Read</source>
        <translation>피드 읽음으로 표시(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Mark Folder as Read</source>
        <translation>폴더 읽음으로 표시(&amp;M)</translation>
    </message>
    <message>
        <source>Every article of this feed is read already.</source>
        <translation>이 피드의 기사를 모두 이미 읽었습니다.</translation>
    </message>
    <message>
        <source>Every article in this folder is read already.</source>
        <translation>이 폴더의 기사를 모두 이미 읽었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Article(s) of the Feed Read</source>
        <translation>
            <numerusform>피드의 기사 %n건 읽음으로 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Article(s) of the Folder Read</source>
        <translation>
            <numerusform>폴더의 기사 %n건 읽음으로 표시</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsmark::gui::FeedsPane</name>
    <message>
        <source>Feeds</source>
        <translation>피드</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>저장한 검색</translation>
    </message>
    <message>
        <source>Searches you saved (Edit › Save Search…), with how many articles each finds</source>
        <translation>저장한 검색(편집 › 검색 저장…)과 각각 찾은 기사 수</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>모든 기사</translation>
    </message>
    <message numerus="yes">
        <source>Failing: %1 (%n time(s) in a row)</source>
        <translation>
            <numerusform>오류: %1 (%n회 연속)</numerusform>
        </translation>
    </message>
    <message>
        <source>Malformed, read anyway: %1</source>
        <translation>형식 오류가 있지만 읽음: %1</translation>
    </message>
    <message>
        <source>Last fetched %1</source>
        <translation>마지막으로 받은 시각 %1</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <source>Deleted articles, with their notes, until you restore them or empty the Trash</source>
        <translation>삭제한 기사와 그 메모. 복원하거나 휴지통을 비울 때까지 보관합니다</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>기사에서 찾기</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>이전 결과 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>다음 결과 (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::ImportController</name>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Importing file %1 of %2…</source>
        <translation>파일 가져오는 중: %2개 중 %1번째…</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::LibraryPane</name>
    <message>
        <source>Search articles, notes, tags… (Ctrl+K)</source>
        <translation>기사, 메모, 태그 검색… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Words and &quot;phrases&quot;; OR, NOT or -word, (…); fields such as headline:, outlet:, tag:, note:, org:, person:, place:, date:2025-01..2025-03, money:&gt;1조원, is:unread</source>
        <translation>낱말과 &quot;구절&quot;, OR, NOT 또는 -낱말, (…), headline:, outlet:, tag:, note:, org:, person:, place:, date:2025-01..2025-03, money:&gt;1조원, is:unread 같은 필드</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>관련도</translation>
    </message>
    <message>
        <source>Best matches first</source>
        <translation>가장 잘 맞는 기사부터</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>최신 기사부터</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <source>List every article again</source>
        <translation>모든 기사를 다시 보여 줍니다</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>No article matches “%1”</source>
        <translation>“%1”에 맞는 기사가 없습니다</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1건 일치</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1건 일치</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 제외: %2</translation>
    </message>
    <message>
        <source>Articles mentioning %1</source>
        <translation>%1을(를) 언급한 기사</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>안 읽음</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>별표</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::LibrarySession</name>
    <message>
        <source>newsmark-cli cannot reach this window (%1); it will say so</source>
        <translation>newsmark-cli가 이 창에 연결할 수 없습니다 (%1). newsmark-cli가 그렇게 알려 줍니다</translation>
    </message>
    <message>
        <source>The library %1 is the one open in this window.</source>
        <translation>라이브러리 %1은(는) 이 창에 이미 열려 있습니다.</translation>
    </message>
    <message>
        <source>Cannot make a new library at %1: a file is there already (Open Another Library… opens a library).</source>
        <translation>%1에 새 라이브러리를 만들 수 없습니다: 이미 파일이 있습니다 (기존 라이브러리는 ‘다른 라이브러리 열기…’로 엽니다).</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>%1에 라이브러리가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder of the library %1.</source>
        <translation>라이브러리 %1의 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>라이브러리 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The library %1 is open in %2; switch to that window instead.</source>
        <translation>라이브러리 %1은(는) %2에서 열려 있습니다. 그 창으로 가세요.</translation>
    </message>
    <message>
        <source>The library %1 is in use by %2; try again when they are done.</source>
        <translation>라이브러리 %1을(를) %2이(가) 쓰고 있습니다. 끝난 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <source>New library %1</source>
        <translation>새 라이브러리 %1</translation>
    </message>
    <message>
        <source>Opened the library %1</source>
        <translation>라이브러리 %1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::ListActions</name>
    <message>
        <source>&amp;Star</source>
        <translation>별표(&amp;S)</translation>
    </message>
    <message>
        <source>Star the selected articles, or take the star off</source>
        <translation>선택한 기사에 별표를 붙이거나 뗍니다</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>읽음으로 표시(&amp;R)</translation>
    </message>
    <message>
        <source>Mark the selected articles read, or unread</source>
        <translation>선택한 기사를 읽음 또는 안 읽음으로 표시합니다</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>모두 읽음으로 표시(&amp;A)</translation>
    </message>
    <message>
        <source>Mark every article the list shows read</source>
        <translation>목록에 보이는 기사를 모두 읽음으로 표시합니다</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>다음 안 읽은 기사(&amp;U)</translation>
    </message>
    <message>
        <source>Open the next unread article, going round to the top</source>
        <translation>다음 안 읽은 기사를 엽니다 (끝에 닿으면 처음부터)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>다음 기사(&amp;N)</translation>
    </message>
    <message>
        <source>Open the article below in the list</source>
        <translation>목록에서 아래 기사를 엽니다</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>이전 기사(&amp;P)</translation>
    </message>
    <message>
        <source>Open the article above in the list</source>
        <translation>목록에서 위 기사를 엽니다</translation>
    </message>
    <message>
        <source>Page Down or Next Unread</source>
        <translation>한 화면 아래로 또는 다음 안 읽은 기사</translation>
    </message>
    <message>
        <source>Scroll the article a screen down; at its end, open the next unread article</source>
        <translation>기사를 한 화면 내립니다. 끝에서는 다음 안 읽은 기사를 엽니다</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>안 읽음</translation>
    </message>
    <message>
        <source>List only unread articles</source>
        <translation>안 읽은 기사만 보기</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>별표</translation>
    </message>
    <message>
        <source>List only starred articles</source>
        <translation>별표한 기사만 보기</translation>
    </message>
    <message>
        <source>Un&amp;star</source>
        <translation>별표 떼기(&amp;S)</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>안 읽음으로 표시(&amp;U)</translation>
    </message>
    <message>
        <source>Could not change the articles: %1</source>
        <translation>기사를 바꾸지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Star %n Article(s)</source>
        <translation>
            <numerusform>기사 %n건에 별표</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstar %n Article(s)</source>
        <translation>
            <numerusform>기사 %n건 별표 떼기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Article(s) Read</source>
        <translation>
            <numerusform>기사 %n건 읽음으로 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Article(s) Unread</source>
        <translation>
            <numerusform>기사 %n건 안 읽음으로 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>Every article in the list is read already.</source>
        <translation>목록의 기사를 모두 이미 읽었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Mark All %n Article(s) Read</source>
        <translation>
            <numerusform>기사 %n건 모두 읽음으로 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) marked read</source>
        <translation>
            <numerusform>기사 %n건을 읽음으로 표시했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread article left in the list.</source>
        <translation>목록에 안 읽은 기사가 남아 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::MainWindow</name>
    <message>
        <source>Newsmark — %1</source>
        <translation>Newsmark — %1</translation>
    </message>
    <message>
        <source>Entities could not be indexed: %1</source>
        <translation>개체를 색인하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The search index could not be built: %1</source>
        <translation>검색 색인을 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Search index stopped: %1 articles left for the next start; searches find them meanwhile, only slower</source>
        <translation>검색 색인 중지: 기사 %1건은 다음 시작 때 색인합니다. 그동안에도 검색되지만 느립니다</translation>
    </message>
    <message>
        <source>Search index built for %1 articles</source>
        <translation>기사 %1건의 검색 색인을 만들었습니다</translation>
    </message>
    <message>
        <source>Selected %1 characters</source>
        <translation>%1자 선택됨</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>확대 %1%</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>Add &amp;Sample Articles</source>
        <translation>예제 기사 추가(&amp;S)</translation>
    </message>
    <message>
        <source>Add a few original sample articles to read and annotate</source>
        <translation>읽고 메모해 볼 예제 기사 몇 건을 추가합니다</translation>
    </message>
    <message>
        <source>Save &amp;Page…</source>
        <translation>웹 페이지 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>Keep a web page&apos;s article in the library</source>
        <translation>웹 페이지의 기사를 라이브러리에 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>피드(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open Original in Browser</source>
        <translation>원문을 브라우저에서 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open the article&apos;s web page in the system browser</source>
        <translation>기사의 웹 페이지를 시스템 브라우저에서 엽니다</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>라이브러리 검색(&amp;S)</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F outside the reader as well)</source>
        <translation>라이브러리를 검색합니다 (본문 밖에서는 Ctrl+F로도)</translation>
    </message>
    <message>
        <source>&amp;Find in Article</source>
        <translation>기사에서 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Find text in the shown article (Ctrl+F in the reader)</source>
        <translation>보고 있는 기사에서 텍스트를 찾습니다 (본문에서 Ctrl+F)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>시스템 설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Newsmark</source>
        <translation>Newsmark 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>This article is no longer in the library.</source>
        <translation>이 기사는 더 이상 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>그 기사는 더 이상 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>Your library is empty. Import news articles (plain-text files) with File › Import Files… (Ctrl+O) or File › Import Folder…, or drop files and folders onto this window. To look around first, File › Add Sample Articles adds a few.</source>
        <translation>라이브러리가 비어 있습니다. 파일 › 파일 가져오기…(Ctrl+O)나 파일 › 폴더 가져오기…로 뉴스 기사(텍스트 파일)를 가져오거나, 파일과 폴더를 이 창에 끌어다 놓으세요. 먼저 둘러보려면 파일 › 예제 기사 추가로 몇 건을 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>Select an article in the list to read it.</source>
        <translation>목록에서 기사를 고르면 여기에 나옵니다.</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1건 일치</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1건 일치</translation>
    </message>
    <message>
        <source>%1 in the Trash</source>
        <translation>휴지통: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the Trash</source>
        <translation>
            <numerusform>휴지통에 기사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>기사 1건</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>기사 %1건</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>텍스트 파일 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>이미 가져오는 중입니다.</translation>
    </message>
    <message>
        <source>1 article imported</source>
        <translation>기사 1건을 가져왔습니다</translation>
    </message>
    <message>
        <source>%1 articles imported</source>
        <translation>기사 %1건을 가져왔습니다</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>갱신: %1</translation>
    </message>
    <message>
        <source>1 duplicate skipped</source>
        <translation>중복 1건 건너뜀</translation>
    </message>
    <message>
        <source>%1 duplicates skipped</source>
        <translation>중복 %1건 건너뜀</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1건 실패</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Notes of the updated articles: %1 in place, %2 moved, %3 on changed text, %4 orphaned (kept, listed under Orphaned only).</source>
        <translation>갱신된 기사의 메모: 제자리 %1, 이동 %2, 바뀐 텍스트 위 %3, 위치 잃음 %4 (보관됨, ‘위치 잃은 메모만’에 표시).</translation>
    </message>
    <message>
        <source>Updated in the Trash: %1 — the file&apos;s text changed; it stays in the Trash</source>
        <translation>휴지통에서 갱신: %1 — 파일 내용이 바뀌었습니다. 휴지통에 그대로 둡니다</translation>
    </message>
    <message>
        <source>Updated: %1 — the file&apos;s text changed</source>
        <translation>갱신: %1 — 파일 내용이 바뀌었습니다</translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation>실패: %1 — %2</translation>
    </message>
    <message>
        <source>Skipped: %1 — %2</source>
        <translation>건너뜀: %1 — %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>This article has no web page: it came from a file</source>
        <translation>이 기사는 파일에서 가져와 웹 페이지가 없습니다</translation>
    </message>
    <message>
        <source>No browser opened %1</source>
        <translation>%1을(를) 여는 브라우저가 없습니다</translation>
    </message>
    <message>
        <source>Ran for the command line: %1</source>
        <translation>명령줄 요청 실행: %1</translation>
    </message>
    <message>
        <source>1 sample article added</source>
        <translation>예제 기사 1건을 추가했습니다</translation>
    </message>
    <message>
        <source>%1 sample articles added</source>
        <translation>예제 기사 %1건을 추가했습니다</translation>
    </message>
    <message>
        <source>About Newsmark</source>
        <translation>Newsmark 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsmark %1&lt;/h3&gt;&lt;p&gt;A news reader for people who read news for work: a local library of articles, read with amounts, people, organizations and places highlighted.&lt;/p&gt;&lt;p&gt;Korean NER training data: KLUE-NER v1.1 (Park et al., 2021), CC BY-SA 4.0, https://github.com/KLUE-benchmark/KLUE&lt;/p&gt;&lt;p&gt;Entity model: trained from KLUE-NER v1.1 (CC BY-SA 4.0); the model file is shared under the same licence.&lt;/p&gt;&lt;p&gt;English entity model: trained from Wikigold (Balasuriya et al., 2009; Nothman et al., 2013), CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsmark %1&lt;/h3&gt;&lt;p&gt;업무로 뉴스를 읽는 사람을 위한 뉴스 리더. 기사를 내 컴퓨터의 라이브러리에 모아, 금액과 인물·기관·장소를 강조해 읽습니다.&lt;/p&gt;&lt;p&gt;한국어 개체명 학습 데이터: KLUE-NER v1.1 (Park et al., 2021), CC BY-SA 4.0, https://github.com/KLUE-benchmark/KLUE&lt;/p&gt;&lt;p&gt;개체 모델: KLUE-NER v1.1(CC BY-SA 4.0)로 학습했으며 모델 파일도 같은 라이선스로 배포합니다.&lt;/p&gt;&lt;p&gt;영어 개체 모델: Wikigold(Balasuriya et al., 2009; Nothman et al., 2013), CC BY 4.0으로 학습.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>환경설정(&amp;F)…</translation>
    </message>
    <message>
        <source>Find in the article (in the reader), else search the library</source>
        <translation>읽기 창에서는 기사 안 찾기, 그 밖에서는 라이브러리 검색</translation>
    </message>
    <message>
        <source>Close the find bar (in the reader)</source>
        <translation>찾기 막대 닫기 (읽기 창)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Amounts</source>
        <translation>금액(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>개체(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Show the panel, or bring it to the front when it shares its place</source>
        <translation>패널을 보이거나, 다른 패널과 겹쳐 있으면 앞으로 가져옵니다</translation>
    </message>
    <message>
        <source>Preferences applied</source>
        <translation>환경설정을 적용했습니다</translation>
    </message>
    <message>
        <source>&lt;p&gt;Korean name list: people and places of mecab-ko-dic (Yongwoon Lee, Yungho Yu), Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;한국어 인명·지명 목록: mecab-ko-dic(Yongwoon Lee, Yungho Yu)의 인명과 지명, Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::NoteCommands</name>
    <message>
        <source>Highlight “%1”</source>
        <translation>“%1” 강조</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>코멘트 편집</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>태그 편집</translation>
    </message>
    <message>
        <source>Recolour to %1</source>
        <translation>%1(으)로 색 변경</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>메모 삭제</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::NotesBrowser</name>
    <message>
        <source>All Notes</source>
        <translation>모든 메모</translation>
    </message>
    <message>
        <source>Search notes: words, &quot;phrases&quot;, OR, -word, tag:, date:…</source>
        <translation>메모 검색: 낱말, &quot;구절&quot;, OR, -낱말, tag:, date:…</translation>
    </message>
    <message>
        <source>The search language of the library list: words and &quot;phrases&quot;, OR, NOT or -word, parentheses, tag:, note:, headline:, outlet:, date:2025-01..2025-03</source>
        <translation>라이브러리 목록과 같은 검색 문법: 낱말과 &quot;구절&quot;, OR, NOT 또는 -낱말, 괄호, tag:, note:, headline:, outlet:, date:2025-01..2025-03</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Person, organization, place</source>
        <translation>인물, 기관, 장소</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>메모한 날</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>기사 날짜</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>모든 날짜</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>기간 지정…</translation>
    </message>
    <message>
        <source>Orphaned only</source>
        <translation>위치 잃은 메모만</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>모든 색</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>검색: %1</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::NotesController</name>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>선택 영역 강조(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next Note</source>
        <translation>다음 메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Note</source>
        <translation>이전 메모(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>메모 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;Notes…</source>
        <translation>메모 가져오기(&amp;N)…</translation>
    </message>
    <message>
        <source>Name Highlight &amp;Colours…</source>
        <translation>강조 색 이름 정하기(&amp;C)…</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>강조 색(&amp;C)</translation>
    </message>
    <message>
        <source>Select a passage in the article to highlight it.</source>
        <translation>강조하려면 기사에서 구절을 선택하세요.</translation>
    </message>
    <message>
        <source>This article has no notes.</source>
        <translation>이 기사에는 메모가 없습니다.</translation>
    </message>
    <message>
        <source>Article %1 is not in this library.</source>
        <translation>기사 %1은(는) 이 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>Highlight Colours</source>
        <translation>강조 색</translation>
    </message>
    <message>
        <source>What this colour means, e.g. “claim”</source>
        <translation>이 색의 뜻 (예: “주장”)</translation>
    </message>
    <message>
        <source>%1 is one of the library&apos;s own files; choose another file.</source>
        <translation>%1은(는) 라이브러리 자체의 파일입니다. 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Unknown export format “%1”.</source>
        <translation>알 수 없는 내보내기 형식 “%1”.</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>메모 내보내기</translation>
    </message>
    <message>
        <source>Notes of this article</source>
        <translation>이 기사의 메모</translation>
    </message>
    <message>
        <source>Notes selected in the Notes panel</source>
        <translation>메모 패널에서 선택한 메모</translation>
    </message>
    <message>
        <source>Notes selected in All Notes</source>
        <translation>모든 메모에서 선택한 메모</translation>
    </message>
    <message>
        <source>Notes with a tag</source>
        <translation>태그가 붙은 메모</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>라이브러리의 모든 메모</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>HTML (.html)</source>
        <translation>HTML (.html)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Web Annotation JSON (.json)</source>
        <translation>Web Annotation JSON (.json)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>내보낼 메모:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>No notes to export.</source>
        <translation>내보낼 메모가 없습니다.</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 파일 (*.%2)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>메모 %n개를 %1(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes could not be exported:

%1</source>
        <translation>메모를 내보내지 못했습니다:

%1</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>메모 가져오기</translation>
    </message>
    <message>
        <source>Web Annotation JSON (*.json *.jsonld);;All files (*)</source>
        <translation>Web Annotation JSON (*.json *.jsonld);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>No notes were imported:

%1</source>
        <translation>메모를 가져오지 못했습니다:

%1</translation>
    </message>
    <message>
        <source>Imported %1 note(s), skipped %2 already here.</source>
        <translation>메모 %1개를 가져왔고, 이미 있는 %2개는 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>%1 could not be placed in their article&apos;s text.</source>
        <translation>%1개는 기사 본문에서 위치를 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::NotesDock</name>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>No notes in this article. Select a passage and press Ctrl+E to highlight it.</source>
        <translation>이 기사에는 메모가 없습니다. 구절을 선택하고 Ctrl+E를 누르면 강조됩니다.</translation>
    </message>
    <message>
        <source>Comment (Markdown)</source>
        <translation>코멘트 (Markdown)</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>태그 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Recolour the selected note</source>
        <translation>선택한 메모의 색을 바꿉니다</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Comments and tags are saved as you type; this saves at once</source>
        <translation>코멘트와 태그는 입력하는 대로 저장되며, 이 버튼은 즉시 저장합니다</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>⚠ Orphaned: this passage is no longer in the article&apos;s text.</source>
        <translation>⚠ 위치 잃음: 이 구절은 더 이상 기사 본문에 없습니다.</translation>
    </message>
    <message>
        <source>⚠ Text changed since you highlighted. Was: “%1”</source>
        <translation>⚠ 강조한 뒤 텍스트가 바뀌었습니다. 원래: “%1”</translation>
    </message>
    <message>
        <source>Open an article to see its notes.</source>
        <translation>기사를 열면 메모가 나옵니다.</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>일반(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>읽기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Amounts</source>
        <translation>금액(&amp;A)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>시스템 설정대로</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>시스템 설정대로 (%1)</translation>
    </message>
    <message>
        <source>Newsmark shows the new language when it starts again.</source>
        <translation>새 언어는 Newsmark를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>지금 열린 라이브러리: %1</translation>
    </message>
    <message>
        <source>&amp;Open Another Library…</source>
        <translation>다른 라이브러리 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>새 라이브러리(&amp;N)…</translation>
    </message>
    <message>
        <source>The window closes this library and opens the other one; Newsmark opens it again at the next start, and newsmark-cli uses it when given no --library.</source>
        <translation>창이 이 라이브러리를 닫고 다른 라이브러리를 엽니다. 다음에 시작할 때도 그 라이브러리를 열며, newsmark-cli도 --library 없이 실행하면 그 라이브러리를 씁니다.</translation>
    </message>
    <message>
        <source>&amp;Index new articles in the background (entities and search)</source>
        <translation>새 기사를 백그라운드에서 색인(&amp;I) (개체와 검색)</translation>
    </message>
    <message>
        <source>Off, searches still find new articles, only slower, and the Entities panel lists only articles indexed before</source>
        <translation>끄면 검색은 새 기사도 찾지만 더 느리고, 개체 패널에는 이미 색인된 기사만 나옵니다</translation>
    </message>
    <message>
        <source>Reader default (Noto Sans CJK KR)</source>
        <translation>읽기 기본 글꼴 (Noto Sans CJK KR)</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>글꼴(&amp;F):</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The size of the article&apos;s text; View › Zoom scales the whole page</source>
        <translation>기사 본문 글자 크기입니다. 보기 › 확대/축소는 페이지 전체를 키웁니다</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>Highlights shown when an article opens</source>
        <translation>기사를 열 때 보이는 강조</translation>
    </message>
    <message>
        <source>The legend above the article shows or hides a kind for the article being read.</source>
        <translation>기사 위의 범례에서 읽고 있는 기사의 종류별 강조를 켜고 끌 수 있습니다.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>&amp;Convert amounts to:</source>
        <translation>금액 환산 통화(&amp;C):</translation>
    </message>
    <message>
        <source>The article&apos;s own rate, else mine</source>
        <translation>기사에 나온 환율, 없으면 내 환율</translation>
    </message>
    <message>
        <source>My rates</source>
        <translation>내 환율</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>환율(&amp;R):</translation>
    </message>
    <message>
        <source>1 unit of</source>
        <translation>기준 통화 (1단위)</translation>
    </message>
    <message>
        <source>is worth</source>
        <translation>값</translation>
    </message>
    <message>
        <source>in</source>
        <translation>표시 통화</translation>
    </message>
    <message>
        <source>1 USD is worth 1440 KRW: the currency worth more first. Newsmark and newsmark-cli&apos;s money: searches convert at these rates.</source>
        <translation>1 USD = 1440 KRW처럼 가치가 큰 통화를 먼저 씁니다. Newsmark와 newsmark-cli의 money: 검색은 이 환율로 환산합니다.</translation>
    </message>
    <message>
        <source>A&amp;dd Rate</source>
        <translation>환율 추가(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move Rate</source>
        <translation>환율 삭제(&amp;M)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (설치되지 않음)</translation>
    </message>
    <message>
        <source>My rates, row %1</source>
        <translation>내 환율, %1행</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a currency code Newsmark converts (%3).</source>
        <translation>%1: &quot;%2&quot;은(는) Newsmark가 환산하는 통화 코드가 아닙니다 (%3).</translation>
    </message>
    <message>
        <source>%1: a rate needs two different currencies, not %2 and %2.</source>
        <translation>%1: 환율에는 서로 다른 두 통화가 필요합니다. %2와(과) %2는 안 됩니다.</translation>
    </message>
    <message>
        <source>%1: write the rate as 1 %2 is worth … %3 (the currency worth more first).</source>
        <translation>%1: 환율은 1 %2 = … %3처럼 쓰세요 (가치가 큰 통화 먼저).</translation>
    </message>
    <message>
        <source>%1 (%2 → %3): the rate must be a number above 0, not &quot;%4&quot;.</source>
        <translation>%1 (%2 → %3): 환율은 0보다 큰 수여야 합니다. &quot;%4&quot;은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 is already on row %4.</source>
        <translation>%1: %2 → %3은(는) 이미 %4행에 있습니다.</translation>
    </message>
    <message>
        <source>On OK, a new library is made at %1 and opened.</source>
        <translation>확인을 누르면 %1에 새 라이브러리를 만들어 엽니다.</translation>
    </message>
    <message>
        <source>On OK, the window opens %1.</source>
        <translation>확인을 누르면 창이 %1을(를) 엽니다.</translation>
    </message>
    <message>
        <source>Newsmark libraries (*.sqlite);;All files (*)</source>
        <translation>Newsmark 라이브러리 (*.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>새 라이브러리</translation>
    </message>
    <message>
        <source>Open Another Library</source>
        <translation>다른 라이브러리 열기</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::SavedSearchCommands</name>
    <message>
        <source>Save Search “%1”</source>
        <translation>검색 “%1” 저장</translation>
    </message>
    <message>
        <source>Edit Search “%1”</source>
        <translation>검색 “%1” 편집</translation>
    </message>
    <message>
        <source>Delete Search “%1”</source>
        <translation>검색 “%1” 삭제</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::SavedSearchDialog</name>
    <message>
        <source>e.g. 금리 OR &quot;interest rate&quot; date:2025-01..2025-03</source>
        <translation>예: 금리 OR &quot;interest rate&quot; date:2025-01..2025-03</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>검색어(&amp;Q):</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::SavedSearchesController</name>
    <message>
        <source>Save &amp;Search…</source>
        <translation>검색 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep the search in the box above the list, with its count in the sidebar</source>
        <translation>목록 위 검색창의 검색을 저장하고 사이드바에 결과 수를 보여 줍니다</translation>
    </message>
    <message>
        <source>Edit Sa&amp;ved Search…</source>
        <translation>저장한 검색 편집(&amp;V)…</translation>
    </message>
    <message>
        <source>Rename the chosen saved search or change its query</source>
        <translation>선택한 저장 검색의 이름이나 검색어를 바꿉니다</translation>
    </message>
    <message>
        <source>Delete Saved Searc&amp;h</source>
        <translation>저장한 검색 삭제(&amp;H)</translation>
    </message>
    <message>
        <source>Delete the chosen saved search (Undo brings it back)</source>
        <translation>선택한 저장 검색을 삭제합니다 (실행 취소로 되돌림)</translation>
    </message>
    <message>
        <source>The saved searches could not be counted: %1</source>
        <translation>저장한 검색의 결과 수를 세지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Choose a saved search in the sidebar first.</source>
        <translation>먼저 사이드바에서 저장한 검색을 고르세요.</translation>
    </message>
    <message>
        <source>Deleted the saved search “%1” (Edit › Undo brings it back).</source>
        <translation>저장한 검색 “%1”을(를) 삭제했습니다 (편집 › 실행 취소로 되돌림).</translation>
    </message>
    <message>
        <source>Invalid query: %1</source>
        <translation>잘못된 검색어: %1</translation>
    </message>
    <message>
        <source>A saved search named “%1” exists already.</source>
        <translation>“%1”(이)라는 저장 검색이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Edit Saved Search</source>
        <translation>저장한 검색 편집</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>검색 저장</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::SearchIndexController</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop building the search index; what is built is kept and the rest is built at the next start. Searches find every article meanwhile, only slower.</source>
        <translation>검색 색인 만들기를 멈춥니다. 만든 부분은 남고 나머지는 다음 시작 때 만듭니다. 그동안에도 모든 기사가 검색되지만 느립니다.</translation>
    </message>
    <message>
        <source>Stopping the search index…</source>
        <translation>검색 색인을 멈추는 중…</translation>
    </message>
    <message>
        <source>Building the search index: %1 of %2 articles</source>
        <translation>검색 색인 만드는 중: 기사 %2건 중 %1건</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::ShortcutsDialog</name>
    <message>
        <source>Elsewhere in the window</source>
        <translation>창의 다른 곳</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Search by name or key (Ctrl+Shift, F8 …)</source>
        <translation>이름이나 키로 찾기 (Ctrl+Shift, F8 …)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::Start</name>
    <message>
        <source>Newsmark</source>
        <translation>Newsmark</translation>
    </message>
    <message>
        <source>Cannot create the folder of the library %1.</source>
        <translation>라이브러리 %1의 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open the library %1:

%2</source>
        <translation>라이브러리 %1을(를) 열 수 없습니다:

%2</translation>
    </message>
    <message>
        <source>The library %1 is open in %2, which does not answer (%3). Close it and start Newsmark again.</source>
        <translation>라이브러리 %1이(가) %2에 열려 있는데 응답이 없습니다(%3). 그 프로그램을 닫고 Newsmark를 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Waiting for %1 to finish with the library %2…</source>
        <translation>%1이(가) 라이브러리 %2 작업을 마치기를 기다리는 중…</translation>
    </message>
    <message>
        <source>Read news with amounts, people and places highlighted.</source>
        <translation>금액과 인물·장소를 강조해 뉴스를 읽습니다.</translation>
    </message>
    <message>
        <source>Open the library at &lt;path&gt;.</source>
        <translation>&lt;path&gt;의 라이브러리를 엽니다.</translation>
    </message>
    <message>
        <source>Render pages with the GPU (default: in software, which needs less memory).</source>
        <translation>페이지를 GPU로 그립니다 (기본값: 메모리를 덜 쓰는 소프트웨어 렌더링).</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt;: en or ko (default: Preferences, else the system&apos;s language; also NEWSMARK_LANGUAGE).</source>
        <translation>화면 언어 &lt;language&gt;: en 또는 ko (기본값: 환경 설정, 없으면 시스템 언어. NEWSMARK_LANGUAGE로도 지정).</translation>
    </message>
    <message>
        <source>Article files or folders to import.</source>
        <translation>가져올 기사 파일이나 폴더.</translation>
    </message>
</context>
<context>
    <name>newsmark::gui::TrashCommands</name>
    <message numerus="yes">
        <source>Move %n Article(s) to Trash</source>
        <translation>
            <numerusform>기사 %n건을 휴지통으로 이동</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n Article(s) from Trash</source>
        <translation>
            <numerusform>휴지통에서 기사 %n건 복원</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsmark::gui::TrashController</name>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>휴지통으로 이동(&amp;T)</translation>
    </message>
    <message>
        <source>Move the selected articles to the Trash, with their notes</source>
        <translation>선택한 기사를 메모와 함께 휴지통으로 옮깁니다</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>휴지통에서 복원(&amp;R)</translation>
    </message>
    <message>
        <source>Put the selected articles back in the library</source>
        <translation>선택한 기사를 라이브러리로 되돌립니다</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>영구 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected articles of the Trash and their notes for good</source>
        <translation>휴지통에서 선택한 기사와 그 메모를 영구히 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>휴지통 비우기(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete every article in the Trash and its notes for good</source>
        <translation>휴지통의 모든 기사와 그 메모를 영구히 삭제합니다</translation>
    </message>
    <message>
        <source>Could not move to the Trash: %1</source>
        <translation>휴지통으로 옮기지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Could not restore: %1</source>
        <translation>복원하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to the Trash</source>
        <translation>
            <numerusform>기사 %n건을 휴지통으로 옮겼습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) restored from the Trash</source>
        <translation>
            <numerusform>휴지통에서 기사 %n건을 복원했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>휴지통이 비어 있습니다.</translation>
    </message>
    <message>
        <source>No article to show.</source>
        <translation>표시할 기사가 없습니다.</translation>
    </message>
    <message>
        <source>Their notes are deleted with them. This cannot be undone.</source>
        <translation>메모도 함께 삭제됩니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>영구 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) permanently?</source>
        <translation>
            <numerusform>기사 %n건을 영구 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>휴지통 비우기</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n article(s) in the Trash permanently?</source>
        <translation>
            <numerusform>휴지통의 기사 %n건을 영구 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not empty the Trash: %1</source>
        <translation>휴지통을 비우지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) deleted permanently</source>
        <translation>
            <numerusform>기사 %n건을 영구 삭제했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>삭제하지 못했습니다: %1</translation>
    </message>
</context>
</TS>
