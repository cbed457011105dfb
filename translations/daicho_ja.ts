<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>JapaneseDate</name>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2</source>
        <translation>「%1」は日付ではありません（%2月はありません）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: month %2 has no day %3</source>
        <translation>「%1」は日付ではありません（%2月に%3日はありません）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>「%1」は日付ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: era years start at 1 (元年)</source>
        <translation>「%1」は日付ではありません（和暦の年は元年（1年）から始まります）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside %2: %2 began on %3</source>
        <translation>「%1」は%2の期間外です（%2は%3に始まりました）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside %2: %2 ended on %3</source>
        <translation>「%1」は%2の期間外です（%2は%3に終わりました）</translation>
    </message>
    <message>
        <source>No date was entered</source>
        <translation>日付が入力されていません</translation>
    </message>
</context>
<context>
    <name>daicho::AboutDialog</name>
    <message>
        <source>About Daicho</source>
        <translation>台帳について</translation>
    </message>
    <message>
        <source>Daicho</source>
        <translation>情報資産管理台帳 Daicho</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>The information asset register of a municipality: record, classify, review and print the assets of every section.</source>
        <translation>各課の情報資産を登録・分類・見直しし、台帳を印刷するための自治体向けソフトウェアです。</translation>
    </message>
    <message>
        <source>Licence: MIT. Copyright © Daicho developers. Provided as is, without warranty.</source>
        <translation>ライセンス：MIT。Copyright © Daicho developers。本ソフトウェアは現状のまま提供され、いかなる保証もありません。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 でビルドし、Qt %2 で動作しています。</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>プロファイル：%1（%2）</translation>
    </message>
    <message>
        <source>Classification schemes and their sources:</source>
        <translation>分類基準と出典：</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>分類基準</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>daicho::ApprovalSettings</name>
    <message>
        <source>Seal boxes</source>
        <translation>押印欄</translation>
    </message>
    <message>
        <source>Signature lines</source>
        <translation>署名欄</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>At most %1 approval boxes fit on a line.</source>
        <translation>決裁欄は1行に%1枠までです。</translation>
    </message>
    <message>
        <source>Name at least one title for the approval block, or choose none.</source>
        <translation>決裁欄の役職を1つ以上入力するか、「なし」を選んでください。</translation>
    </message>
</context>
<context>
    <name>daicho::AssetDetailsPanel</name>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Select an asset to see its details.</source>
        <translation>資産を選ぶと、ここに詳細が表示されます。</translation>
    </message>
    <message>
        <source>Disposed: this record is kept as history and can no longer be edited.</source>
        <translation>廃棄済み：この記録は履歴として保存され、編集できません。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>コメント：%1</translation>
    </message>
</context>
<context>
    <name>daicho::AssetDisplay</name>
    <message>
        <source>Classification</source>
        <translation>格付</translation>
    </message>
    <message>
        <source>Classification (in words)</source>
        <translation>格付（表記）</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation>取扱制限</translation>
    </message>
</context>
<context>
    <name>daicho::AssetEditing</name>
    <message>
        <source>Register %1</source>
        <translation>%1 の登録</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>台帳が開かれていません。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>An asset of the selection is no longer in the register.</source>
        <translation>選択した資産の一部が台帳にありません。</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n asset(s) reviewed</source>
        <translation>
            <numerusform>%n 件を見直し済みにする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n asset(s) to %1</source>
        <translation>
            <numerusform>%n 件を「%1」に変更</numerusform>
        </translation>
    </message>
    <message>
        <source>The asset %1 was changed after this step, so the step cannot be undone or redone.</source>
        <translation>資産 %1 はこの操作の後に変更されているため、元に戻す（やり直す）ことができません。</translation>
    </message>
    <message>
        <source>Registration undone</source>
        <translation>登録を取り消し</translation>
    </message>
    <message>
        <source>Registration redone</source>
        <translation>登録を再実行</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>元に戻す：%1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>やり直し：%1</translation>
    </message>
</context>
<context>
    <name>daicho::AssetEditorDialog</name>
    <message>
        <source>New Asset</source>
        <translation>資産の新規登録</translation>
    </message>
    <message>
        <source>Edit Asset %1</source>
        <translation>資産の編集 %1</translation>
    </message>
    <message>
        <source>Duplicate Asset</source>
        <translation>資産の複製</translation>
    </message>
    <message>
        <source>This asset has been disposed of. Its row is kept as read-only history.</source>
        <translation>この資産は廃棄済みです。記録は履歴として閲覧のみできます。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>&amp;Basic</source>
        <translation>基本情報(&amp;B)</translation>
    </message>
    <message>
        <source>Assigned when saved</source>
        <translation>保存時に自動採番</translation>
    </message>
    <message>
        <source>e.g. 国民健康保険</source>
        <translation>例：国民健康保険</translation>
    </message>
    <message>
        <source>e.g. 課内職員</source>
        <translation>例：課内職員</translation>
    </message>
    <message>
        <source>e.g. 基幹系サーバ, 書庫</source>
        <translation>例：基幹系サーバ、書庫</translation>
    </message>
    <message>
        <source>A title, not a person: e.g. 保険年金課長</source>
        <translation>個人名ではなく役職で：例 保険年金課長</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>分類(&amp;L)</translation>
    </message>
    <message>
        <source>Unknown scheme &quot;%1&quot;</source>
        <translation>不明な分類基準「%1」</translation>
    </message>
    <message>
        <source>Classification &amp;guide...</source>
        <translation>分類の手引き(&amp;G)...</translation>
    </message>
    <message>
        <source>Answer a few plain questions and get proposed levels with reasons</source>
        <translation>いくつかの質問に答えると、理由付きで格付の案を示します</translation>
    </message>
    <message>
        <source>The levels were moved from another scheme. Untick once you have checked them.</source>
        <translation>格付は別の分類基準から移したものです。確認したらチェックを外してください。</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>&amp;Personal Data</source>
        <translation>個人情報(&amp;P)</translation>
    </message>
    <message>
        <source>Needed for 1,000 or more people</source>
        <translation>本人の数が1,000人以上の場合は必須</translation>
    </message>
    <message>
        <source>S&amp;torage and Operation</source>
        <translation>保管・運用(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. 本庁舎2階 書庫A</source>
        <translation>例：本庁舎2階 書庫A</translation>
    </message>
    <message>
        <source>e.g. 24時間</source>
        <translation>例：24時間</translation>
    </message>
    <message>
        <source>O&amp;utsourcing and Cloud</source>
        <translation>外部委託・クラウド(&amp;U)</translation>
    </message>
    <message>
        <source>Li&amp;fecycle</source>
        <translation>ライフサイクル(&amp;F)</translation>
    </message>
    <message>
        <source>The stage and the status change through the lifecycle actions of the register, which record the date and the person.</source>
        <translation>ライフサイクルと状態は、台帳の「資産」メニューの操作で変更します（日付と担当者が記録されます）。</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>見直し(&amp;V)</translation>
    </message>
    <message>
        <source>Classification label</source>
        <translation>格付表示</translation>
    </message>
    <message>
        <source>Overall importance (重要度) from the levels and personal data, 1 to 3</source>
        <translation>格付と個人情報から決まる重要度（1〜3）</translation>
    </message>
    <message>
        <source>Short form:</source>
        <translation>略記：</translation>
    </message>
    <message>
        <source>Importance:</source>
        <translation>重要度：</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>リスク値：</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>点検結果</translation>
    </message>
    <message>
        <source>Click a finding to go to its field</source>
        <translation>指摘をクリックすると該当の項目に移動します</translation>
    </message>
    <message>
        <source>Choose an organisation unit</source>
        <translation>所属を選んでください</translation>
    </message>
    <message>
        <source>%1 (no longer exists)</source>
        <translation>%1（廃止済み）</translation>
    </message>
    <message>
        <source>No label: the scheme is unknown</source>
        <translation>分類基準が不明のため表示できません</translation>
    </message>
    <message>
        <source>Not evaluated (rate threat and vulnerability)</source>
        <translation>未評価（脅威と脆弱性を評価してください）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to correct before saving</source>
        <translation>
            <numerusform>保存前に直すエラーが %n 件あります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>、注意 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the asset can be saved</source>
        <translation>
            <numerusform>注意 %n 件（保存はできます）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::AssetField</name>
    <message>
        <source>Asset number</source>
        <translation>資産番号</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>業務分類</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>利用者範囲</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>資産種別</translation>
    </message>
    <message>
        <source>Medium / location</source>
        <translation>媒体・保存先</translation>
    </message>
    <message>
        <source>Network segment</source>
        <translation>ネットワーク区分</translation>
    </message>
    <message>
        <source>Responsible (title)</source>
        <translation>管理責任者</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Specific personal data (My Number)</source>
        <translation>特定個人情報</translation>
    </message>
    <message>
        <source>Number of data subjects</source>
        <translation>本人の数</translation>
    </message>
    <message>
        <source>Personal data file register no.</source>
        <translation>個人情報ファイル簿番号</translation>
    </message>
    <message>
        <source>Outsourced</source>
        <translation>外部委託</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>Subcontracted</source>
        <translation>再委託</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <source>Cloud service name</source>
        <translation>クラウドサービス名</translation>
    </message>
    <message>
        <source>ISMAP registered</source>
        <translation>ISMAP登録</translation>
    </message>
    <message>
        <source>Storage place</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>施錠</translation>
    </message>
    <message>
        <source>Fire-resistant</source>
        <translation>耐火</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Recovery time target</source>
        <translation>目標復旧時間</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Retention until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>分類基準</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Threat (1-3)</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Vulnerability (1-3)</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Reclassification to confirm</source>
        <translation>再分類確認待ち</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>最終見直し日</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>次回見直し期限</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Disposal date</source>
        <translation>廃棄日</translation>
    </message>
    <message>
        <source>Disposed of by</source>
        <translation>廃棄担当者</translation>
    </message>
    <message>
        <source>Disposal method</source>
        <translation>廃棄方法</translation>
    </message>
    <message>
        <source>Disposal approved by</source>
        <translation>廃棄承認者</translation>
    </message>
    <message>
        <source>Disposal certificate no.</source>
        <translation>廃棄証明書番号</translation>
    </message>
</context>
<context>
    <name>daicho::AssetFields</name>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no</source>
        <translation>%1：「%2」は「有」か「無」で入力してください</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：「%2」は数値ではありません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of: %3</source>
        <translation>%1：「%2」は選択肢（%3）のいずれでもありません</translation>
    </message>
    <message>
        <source>restriction_overrides: action must be add or remove</source>
        <translation>取扱制限の個別変更：操作は add（追加）か remove（除外）で指定してください</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;</source>
        <translation>「%1」という項目はありません</translation>
    </message>
</context>
<context>
    <name>daicho::AssetFilter</name>
    <message>
        <source>&quot;%1&quot; is not a level filter; write it as C=3B, I=2 or A=2.</source>
        <translation>「%1」は格付の条件ではありません。C=3B、I=2、A=2 のように指定してください。</translation>
    </message>
    <message>
        <source>There is no organisation unit with code %1.</source>
        <translation>組織コード %1 の組織はありません。</translation>
    </message>
</context>
<context>
    <name>daicho::AssetSections</name>
    <message>
        <source>Basic information</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Storage and operation</source>
        <translation>保管・運用</translation>
    </message>
    <message>
        <source>Outsourcing and cloud</source>
        <translation>外部委託・クラウド</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>見直し</translation>
    </message>
</context>
<context>
    <name>daicho::AssetSheetReport</name>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>未格付</translation>
    </message>
    <message>
        <source>Classification and what it means</source>
        <translation>格付と定義</translation>
    </message>
    <message>
        <source>・%1 (added for this asset: %2)</source>
        <translation>・%1（この資産に追加：%2）</translation>
    </message>
    <message>
        <source>× %1 (not applied to this asset: %2)</source>
        <translation>×%1（この資産には適用しない：%2）</translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>No handling restrictions follow from its levels.</source>
        <translation>格付から生じる取扱制限はありません。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>コメント：%1</translation>
    </message>
    <message>
        <source>History: the latest %1 of %2 entries</source>
        <translation>履歴（全%2件のうち直近%1件）</translation>
    </message>
    <message numerus="yes">
        <source>History: %n entry(ies)</source>
        <translation>
            <numerusform>履歴（%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Information Asset Sheet</source>
        <translation>情報資産個票</translation>
    </message>
    <message numerus="yes">
        <source>and %n more change(s)</source>
        <translation>
            <numerusform>ほか%n件の変更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::AssetTableModel</name>
    <message>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>注意 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>The review is overdue.</source>
        <translation>見直し期限を過ぎています。</translation>
    </message>
</context>
<context>
    <name>daicho::Backup</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>The copy could not be started: %1</source>
        <translation>複製を開始できませんでした：%1</translation>
    </message>
    <message>
        <source>The copy could not be made: %1</source>
        <translation>複製を作成できませんでした：%1</translation>
    </message>
    <message>
        <source>The copy failed its integrity check: %1</source>
        <translation>複製が整合性の点検に合格しませんでした：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 は破損しています（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a whole Daicho register: it has no city.</source>
        <translation>%1 は完全な台帳ファイルではありません（団体名がありません）。</translation>
    </message>
    <message>
        <source>%1 is not a whole Daicho register: it has no assets table.</source>
        <translation>%1 は完全な台帳ファイルではありません（資産の表がありません）。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>バックアップ用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The register is not an SQLite database.</source>
        <translation>台帳ファイルが SQLite データベースではありません。</translation>
    </message>
    <message>
        <source>The backup of %1 failed: %2</source>
        <translation>%1 のバックアップに失敗しました：%2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation>バックアップ %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>The register was left unchanged.</source>
        <translation>台帳は変更していません。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>The backup is the register itself.</source>
        <translation>指定したバックアップは台帳ファイルそのものです。</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 からは復元できません：%2</translation>
    </message>
    <message>
        <source>%1 is the register of %2, not of %3.</source>
        <translation>%1 は%2の台帳で、%3の台帳ではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません：%2</translation>
    </message>
    <message>
        <source>%1 is open in Daicho elsewhere; close it there first.</source>
        <translation>%1 は他の場所の台帳で開かれています。先にそちらを閉じてください。</translation>
    </message>
    <message>
        <source>The current file could not be kept before restoring.</source>
        <translation>復元の前に現在のファイルを保存できませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2</source>
        <translation>%1 を置き換えられませんでした：%2</translation>
    </message>
    <message>
        <source>Restored from the backup %1 of %2; the register as it was is kept as %3.</source>
        <translation>バックアップ %1（%2）から復元しました。復元前の台帳は %3 に保存してあります。</translation>
    </message>
    <message>
        <source>Restored from %1; the register as it was is kept as %2.</source>
        <translation>%1 から復元しました。復元前の台帳は %2 に保存してあります。</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>before a format update</source>
        <translation>形式更新前</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>取り込み前</translation>
    </message>
    <message>
        <source>before a consolidation</source>
        <translation>取りまとめ前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>復元前</translation>
    </message>
</context>
<context>
    <name>daicho::BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Daicho keeps a copy of the register on the first opening of each day (the last %1) and before every format update, import, consolidation and restore (the last %2). Each copy is checked before older ones are removed.</source>
        <translation>台帳は、毎日最初に開いたとき（直近 %1 件）と、形式更新・取り込み・取りまとめ・復元の前（直近 %2 件）に自動で複製されます。古い複製は、新しい複製の点検が済んでから削除されます。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産数</translation>
    </message>
    <message>
        <source>Back Up &amp;Now</source>
        <translation>今すぐバックアップ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>復元(&amp;R)...</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み込み不可</translation>
    </message>
    <message>
        <source>No backups yet. They are kept in %1.</source>
        <translation>バックアップはまだありません。保存先は %1 です。</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>保存先：%1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message numerus="yes">
        <source>Replace the register with the copy of %1 (%2, %n asset(s))? The register as it is now is kept as a backup first. Colleagues must close the register before it can be replaced.</source>
        <translation>
            <numerusform>台帳を %1 の複製（%2、資産 %n 件）に置き換えますか？現在の台帳は先にバックアップとして保存します。置き換えの前に、他の職員は台帳を閉じてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The register was restored. The file as it was before is kept as %1.</source>
        <translation>台帳を復元しました。復元前のファイルは %1 に保存してあります。</translation>
    </message>
</context>
<context>
    <name>daicho::BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %n selected asset(s)</source>
        <translation>
            <numerusform>選択した %n 件の一括変更</numerusform>
        </translation>
    </message>
    <message>
        <source>－ (not applicable)</source>
        <translation>－（該当なし）</translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage</source>
        <translation>ライフサイクル(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>所属(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Next review due</source>
        <translation>次回見直し期限(&amp;N)</translation>
    </message>
    <message>
        <source>Network &amp;segment</source>
        <translation>ネットワーク区分(&amp;S)</translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation>格付(&amp;V)</translation>
    </message>
    <message>
        <source>Approved assets that change go back to draft and need approval again.</source>
        <translation>承認済みの資産は、変更すると下書きに戻り、再度の承認が必要になります。</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>ライフサイクル：%1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>所属：%1</translation>
    </message>
    <message>
        <source>Next review due: %1</source>
        <translation>次回見直し期限：%1</translation>
    </message>
    <message>
        <source>Network segment: %1</source>
        <translation>ネットワーク区分：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>daicho::Catalog</name>
    <message>
        <source>importance must be 1, 2 or 3</source>
        <translation>重要度は 1、2、3 のいずれかです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition (use c&gt;=LEVEL, personal, sensitive or specific)</source>
        <translation>「%1」は条件として使えません（c&gt;=格付、personal、sensitive、specific のいずれかを指定）</translation>
    </message>
    <message>
        <source>a level condition needs a scheme</source>
        <translation>格付の条件には分類基準の指定が必要です</translation>
    </message>
    <message>
        <source>scheme %1 has no level %2</source>
        <translation>分類基準 %1 に格付 %2 はありません</translation>
    </message>
</context>
<context>
    <name>daicho::ClassificationAdvisor</name>
    <message>
        <source>It needs the secrecy of a confidential document (秘密文書).</source>
        <translation>秘密文書に相当する機密性を要します。</translation>
    </message>
    <message>
        <source>It holds specific personal data (My Number): a leak would seriously harm many people.</source>
        <translation>特定個人情報（マイナンバー）を含み、漏えいすると多くの人の権利利益を著しく侵害します。</translation>
    </message>
    <message>
        <source>It is handled on the My Number segment.</source>
        <translation>マイナンバー利用事務系で取り扱います。</translation>
    </message>
    <message>
        <source>It holds personal data of %1 people: a leak would harm people widely.</source>
        <translation>本人の数が%1の個人情報を含み、漏えいすると広い範囲の人に影響します。</translation>
    </message>
    <message>
        <source>It holds sensitive personal data (要配慮個人情報): a leak could harm the people concerned.</source>
        <translation>要配慮個人情報を含み、漏えいすると本人の権利利益を害するおそれがあります。</translation>
    </message>
    <message>
        <source>It holds personal data: a leak could harm the people concerned.</source>
        <translation>個人情報を含み、漏えいすると本人の権利利益を害するおそれがあります。</translation>
    </message>
    <message>
        <source>It is published, or made to be published.</source>
        <translation>公表済み、又は公表を前提に作成した情報です。</translation>
    </message>
    <message>
        <source>It is not secret, but not meant for immediate publication either.</source>
        <translation>秘密文書に相当する機密性は要しませんが、直ちに公表することを前提としていません。</translation>
    </message>
    <message>
        <source>It cannot be published as it is: publish a version without this content.</source>
        <translation>このままでは公表できません。該当部分を除いた版を公表してください。</translation>
    </message>
    <message>
        <source>An error in it or a day without it would seriously disrupt the work, which raises its importance.</source>
        <translation>誤りや1日の利用停止で事務に重大な支障が出るため、重要性を引き上げています。</translation>
    </message>
    <message>
        <source>The scheme %1 does not rate this axis.</source>
        <translation>分類基準「%1」ではこの観点を評価しません。</translation>
    </message>
    <message>
        <source>Paper only, and no harm beyond the minor: not applicable (－).</source>
        <translation>紙のみで、影響は軽微にとどまるため「－」（該当なし）とします。</translation>
    </message>
    <message>
        <source>An alteration or error could infringe residents&apos; rights or hinder accurate work.</source>
        <translation>改ざんや誤りがあると、住民の権利を侵害し、又は事務の正確な遂行に支障を及ぼすおそれがあります。</translation>
    </message>
    <message>
        <source>An alteration or error would cause no more than minor harm.</source>
        <translation>改ざんや誤りがあっても、影響は軽微にとどまります。</translation>
    </message>
    <message>
        <source>A day without it could infringe residents&apos; rights or stop the work.</source>
        <translation>1日使えないと、住民の権利を侵害し、又は事務の安定的な遂行に支障を及ぼすおそれがあります。</translation>
    </message>
    <message>
        <source>A day without it would cause no more than minor harm.</source>
        <translation>1日使えなくても、影響は軽微にとどまります。</translation>
    </message>
</context>
<context>
    <name>daicho::ClassificationHelperDialog</name>
    <message>
        <source>Classification Guide</source>
        <translation>分類の手引き</translation>
    </message>
    <message>
        <source>Answer what you know about the asset. The proposal below follows the classification scheme %1; you can still change the levels in the editor.</source>
        <translation>資産について分かることに答えてください。下の案は分類基準「%1」に基づくもので、最終的な格付は編集画面で決められます。</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>&amp;How many people&apos;s data:</source>
        <translation>本人の数(&amp;H)：</translation>
    </message>
    <message>
        <source>Contains se&amp;nsitive personal data (要配慮個人情報)</source>
        <translation>要配慮個人情報を含む(&amp;N)</translation>
    </message>
    <message>
        <source>Medical history, disability, criminal record, creed, social status, having been a victim of crime.</source>
        <translation>病歴、障害、犯罪の経歴、信条、社会的身分、犯罪被害の事実など。</translation>
    </message>
    <message>
        <source>Contains &amp;My Number (specific personal data)</source>
        <translation>マイナンバーを含む（特定個人情報）(&amp;M)</translation>
    </message>
    <message>
        <source>Individual numbers, or personal data linked to them.</source>
        <translation>個人番号、または個人番号と結び付いた個人情報。</translation>
    </message>
    <message>
        <source>Hand&amp;led on the %1</source>
        <translation>%1で取り扱う(&amp;L)</translation>
    </message>
    <message>
        <source>Pu&amp;blished, or made to be published</source>
        <translation>公表済み、または公表を前提に作成(&amp;B)</translation>
    </message>
    <message>
        <source>Posted on the city website, public notices, published statistics.</source>
        <translation>ホームページ掲載、告示・公告、公表済みの統計など。</translation>
    </message>
    <message>
        <source>An &amp;alteration or error would harm residents&apos; rights or accurate work</source>
        <translation>改ざんや誤りがあると、住民の権利や正確な事務に支障がある(&amp;A)</translation>
    </message>
    <message>
        <source>Wrong tax amounts, wrong benefits, a wrong register entry.</source>
        <translation>税額の誤り、給付の誤り、台帳記載の誤りなど。</translation>
    </message>
    <message>
        <source>A &amp;day without it would harm residents&apos; rights or stop the work</source>
        <translation>1日使えないと、住民の権利や事務の継続に支障がある(&amp;D)</translation>
    </message>
    <message>
        <source>Counter work, payments or emergency response that cannot wait a day.</source>
        <translation>1日も待てない窓口業務、支払、緊急対応など。</translation>
    </message>
    <message>
        <source>Exists on pape&amp;r only</source>
        <translation>紙だけの情報(&amp;R)</translation>
    </message>
    <message>
        <source>Paper-only information may be rated not applicable (－) for integrity and availability where the scheme allows it.</source>
        <translation>紙だけの情報は、分類基準が認める場合、完全性・可用性を「－」（該当なし）にできます。</translation>
    </message>
    <message>
        <source>Proposed levels</source>
        <translation>格付の案</translation>
    </message>
    <message>
        <source>&amp;Use These Levels</source>
        <translation>この格付を使う(&amp;U)</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>誰が見てよいか</translation>
    </message>
    <message>
        <source>What if it is wrong or missing</source>
        <translation>誤りや欠落があったら</translation>
    </message>
    <message>
        <source>&amp;Secret: disclosure would seriously hinder the administration</source>
        <translation>秘密：公開すると行政運営に重大な支障がある(&amp;S)</translation>
    </message>
    <message>
        <source>Like a confidential document (秘密文書): negotiations, investigations, security arrangements.</source>
        <translation>秘密文書に相当するもの：交渉、調査、警備に関する情報など。</translation>
    </message>
    <message>
        <source>Contains &amp;personal data</source>
        <translation>個人情報を含む(&amp;P)</translation>
    </message>
    <message>
        <source>Information about a living person: names, addresses, dates of birth, photographs, case records.</source>
        <translation>生存する個人に関する情報：氏名、住所、生年月日、写真、相談記録など。</translation>
    </message>
    <message>
        <source>The network separated for the My Number work.</source>
        <translation>マイナンバー利用事務のために分離されたネットワーク。</translation>
    </message>
</context>
<context>
    <name>daicho::Cli</name>
    <message>
        <source>Organisation code of the section that holds the asset.</source>
        <translation>情報資産を管理する課の組織コード。</translation>
    </message>
    <message>
        <source>Read the fields as a JSON object from standard input.</source>
        <translation>項目を標準入力から JSON オブジェクトとして読み込みます。</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>標準入力を読み込めません。</translation>
    </message>
    <message>
        <source>Standard input is not a JSON object: %1</source>
        <translation>標準入力が JSON オブジェクトではありません：%1</translation>
    </message>
    <message>
        <source>There is no organisation unit with code %1.</source>
        <translation>組織コード %1 の組織はありません。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Add an asset. Fields come as options, or as a JSON object on standard input with --json. Without --asset-no the next number of the section is used.</source>
        <translation>情報資産を登録します。項目はオプションで、または --json を付けて標準入力から JSON オブジェクトで渡します。--asset-no を省くと、その課の次の番号を使います。</translation>
    </message>
    <message>
        <source>The register.</source>
        <translation>台帳ファイル。</translation>
    </message>
    <message>
        <source>Added %1 %2 (%3).</source>
        <translation>%1 %2（%3）を登録しました。</translation>
    </message>
    <message>
        <source>Change fields of an asset. Only the fields given change.</source>
        <translation>情報資産の項目を変更します。指定した項目だけが変わります。</translation>
    </message>
    <message>
        <source>Why the change was made (kept in the history).</source>
        <translation>変更の理由（変更履歴に残ります）。</translation>
    </message>
    <message>
        <source>Record a review today (or on --as-of) and set the next review date.</source>
        <translation>本日（または --as-of の日）に見直したことを記録し、次回見直し期限を設定します。</translation>
    </message>
    <message>
        <source>The asset number.</source>
        <translation>資産番号。</translation>
    </message>
    <message>
        <source>The asset %1 does not exist.</source>
        <translation>情報資産 %1 はありません。</translation>
    </message>
    <message>
        <source>Updated %1 %2 (%3).</source>
        <translation>%1 %2（%3）を更新しました。</translation>
    </message>
    <message>
        <source>Move an asset to a lifecycle stage (%1). Disposal records the date, the person, the method and the approver, and leaves the row read-only.</source>
        <translation>情報資産のライフサイクルを変更します（%1）。廃棄では廃棄日・担当者・方法・承認者を記録し、以後その行は変更できなくなります。</translation>
    </message>
    <message>
        <source>When (default today).</source>
        <translation>日付（省略時は本日）。</translation>
    </message>
    <message>
        <source>Who did it.</source>
        <translation>担当者。</translation>
    </message>
    <message>
        <source>Disposal method: %1.</source>
        <translation>廃棄方法：%1。</translation>
    </message>
    <message>
        <source>Who approved the disposal.</source>
        <translation>廃棄の承認者。</translation>
    </message>
    <message>
        <source>Contractor&apos;s certificate of disposal number.</source>
        <translation>委託業者の廃棄証明書番号。</translation>
    </message>
    <message>
        <source>A note for the history.</source>
        <translation>変更履歴に残すメモ。</translation>
    </message>
    <message>
        <source>The new stage.</source>
        <translation>変更後のライフサイクル。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lifecycle stage (use %2).</source>
        <translation>「%1」はライフサイクルの段階ではありません（%2 のいずれかを指定）。</translation>
    </message>
    <message>
        <source>%1 %2 is now &quot;%3&quot;.</source>
        <translation>%1 %2 を「%3」にしました。</translation>
    </message>
    <message>
        <source>Move an asset through the approval workflow: pending (submit), approved, returned (needs --comment), draft.</source>
        <translation>情報資産の承認の状態を変更します：pending（確認待ち・提出）、approved（承認済）、returned（差戻し。--comment が必要）、draft（下書き）。</translation>
    </message>
    <message>
        <source>The comment, e.g. why it was returned.</source>
        <translation>コメント（差戻しの理由など）。</translation>
    </message>
    <message>
        <source>The new status.</source>
        <translation>変更後の状態。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (use %2).</source>
        <translation>「%1」は状態ではありません（%2 のいずれかを指定）。</translation>
    </message>
    <message>
        <source>--as-of: %1</source>
        <translation>--as-of：%1</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 には値が必要です。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使い方：%1</translation>
    </message>
    <message>
        <source>The register was updated to the current format; the previous file was kept as %1.</source>
        <translation>台帳を現在の形式に更新しました。更新前のファイルは %1 として保存しています。</translation>
    </message>
    <message>
        <source>Run &quot;daicho-cli --help&quot; for the list of commands.</source>
        <translation>コマンドの一覧は「daicho-cli --help」で表示できます。</translation>
    </message>
    <message>
        <source>Create a new register for a city.</source>
        <translation>自治体の台帳を新しく作成します。</translation>
    </message>
    <message>
        <source>Add or list organisation units.</source>
        <translation>組織を登録・一覧表示します。</translation>
    </message>
    <message>
        <source>Add an asset.</source>
        <translation>情報資産を登録します。</translation>
    </message>
    <message>
        <source>Change an asset&apos;s fields, or record a review.</source>
        <translation>情報資産の項目を変更し、または見直しを記録します。</translation>
    </message>
    <message>
        <source>Move an asset to a lifecycle stage (disposal included).</source>
        <translation>情報資産のライフサイクルを変更します（廃棄を含む）。</translation>
    </message>
    <message>
        <source>Submit, approve or return an asset.</source>
        <translation>情報資産の提出・承認・差戻しを行います。</translation>
    </message>
    <message>
        <source>List assets.</source>
        <translation>情報資産を一覧表示します。</translation>
    </message>
    <message>
        <source>Show one asset in full.</source>
        <translation>情報資産1件のすべての項目を表示します。</translation>
    </message>
    <message>
        <source>Show an asset&apos;s history.</source>
        <translation>情報資産の変更履歴を表示します。</translation>
    </message>
    <message>
        <source>Check integrity and the rules over every asset.</source>
        <translation>ファイルの整合性と、すべての情報資産の規則を点検します。</translation>
    </message>
    <message>
        <source>Count assets by organisation, level, stage, segment, personal data.</source>
        <translation>情報資産を組織・格付・ライフサイクル・ネットワーク区分・個人情報ごとに集計します。</translation>
    </message>
    <message>
        <source>Fill a register with a realistic synthetic city.</source>
        <translation>台帳に架空の自治体の実例に近いデータを入れます。</translation>
    </message>
    <message>
        <source>Usage: daicho-cli [--lang ja|en] [--user NAME] [--as-of DATE] COMMAND [ARGS]</source>
        <translation>使い方：daicho-cli [--lang ja|en] [--user 氏名] [--as-of 日付] コマンド [引数]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>共通オプション：</translation>
    </message>
    <message>
        <source>  --lang ja|en    language of messages (default Japanese, or DAICHO_LANG)</source>
        <translation>  --lang ja|en    メッセージの言語（既定は日本語、または DAICHO_LANG）</translation>
    </message>
    <message>
        <source>  --user NAME     your name as the history records it</source>
        <translation>  --user 氏名     変更履歴に記録するあなたの氏名</translation>
    </message>
    <message>
        <source>  --as-of DATE    the date to check reviews against (default today)</source>
        <translation>  --as-of 日付    見直し期限を判定する基準日（既定は本日）</translation>
    </message>
    <message>
        <source>  --version       show the version</source>
        <translation>  --version       版を表示します</translation>
    </message>
    <message>
        <source>&quot;daicho-cli COMMAND --help&quot; explains each command.</source>
        <translation>各コマンドの説明は「daicho-cli コマンド --help」で表示できます。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>「%1」というコマンドはありません。</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>出力形式：%1。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>List assets, filtered by organisation, level, stage or overdue review.</source>
        <translation>情報資産を一覧表示します。組織・格付・ライフサイクル・見直し期限切れで絞り込めます。</translation>
    </message>
    <message>
        <source>Only this organisation unit and the units below it.</source>
        <translation>この組織とその下の組織だけ。</translation>
    </message>
    <message>
        <source>Only assets at this level, e.g. C=3B (repeatable).</source>
        <translation>この格付の情報資産だけ（例：C=3B。複数指定可）。</translation>
    </message>
    <message>
        <source>Only assets in this lifecycle stage.</source>
        <translation>このライフサイクルの情報資産だけ。</translation>
    </message>
    <message>
        <source>Only assets with this status.</source>
        <translation>この状態の情報資産だけ。</translation>
    </message>
    <message>
        <source>Only assets whose review is overdue.</source>
        <translation>見直し期限を過ぎた情報資産だけ。</translation>
    </message>
    <message>
        <source>Leave out disposed assets.</source>
        <translation>廃棄済みの情報資産を除きます。</translation>
    </message>
    <message>
        <source>--format takes table, csv or json.</source>
        <translation>--format には table、csv、json のいずれかを指定します。</translation>
    </message>
    <message>
        <source>Asset no.</source>
        <translation>資産番号</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>格付</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回見直し期限</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every field of one asset, its classification label, importance, handling restrictions and rule findings.</source>
        <translation>情報資産1件の全項目、格付の表示、重要度、取扱制限、点検結果を表示します。</translation>
    </message>
    <message>
        <source>--format takes text or json.</source>
        <translation>--format には text か json を指定します。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>組織コード</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>No</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Classification label</source>
        <translation>格付表示</translation>
    </message>
    <message>
        <source>Compact label</source>
        <translation>略号</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Handling restriction</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>Restriction added</source>
        <translation>取扱制限の追加</translation>
    </message>
    <message>
        <source>Restriction removed</source>
        <translation>取扱制限の除外</translation>
    </message>
    <message>
        <source>Show who changed what in an asset, and when.</source>
        <translation>情報資産を、いつ、誰が、どう変更したかを表示します。</translation>
    </message>
    <message>
        <source>--format takes table or json.</source>
        <translation>--format には table か json を指定します。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Treat warnings as findings for the exit code.</source>
        <translation>警告も指摘として終了コードに反映します。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘内容</translation>
    </message>
    <message>
        <source>File integrity: OK</source>
        <translation>ファイルの整合性：問題なし</translation>
    </message>
    <message>
        <source>File integrity problem: %1</source>
        <translation>ファイルの整合性の問題：%1</translation>
    </message>
    <message>
        <source>%1 assets checked: %2 errors, %3 warnings.</source>
        <translation>%1 件を点検しました：エラー %2 件、警告 %3 件。</translation>
    </message>
    <message>
        <source>Count the current assets (disposed ones left out unless asked) by organisation, level, stage, network segment or personal data.</source>
        <translation>現在の情報資産（指定しない限り廃棄済みは除く）を、組織・格付・ライフサイクル・ネットワーク区分・個人情報ごとに集計します。</translation>
    </message>
    <message>
        <source>Comma-separated: %1 (default: all).</source>
        <translation>カンマ区切りで指定：%1（既定はすべて）。</translation>
    </message>
    <message>
        <source>Count disposed assets too.</source>
        <translation>廃棄済みの情報資産も数えます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something to count by (use %2).</source>
        <translation>「%1」では集計できません（%2 のいずれかを指定）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n asset(s)</source>
        <translation>
            <numerusform>%1：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>City profile: %1.</source>
        <translation>自治体プロファイル：%1。</translation>
    </message>
    <message>
        <source>The city&apos;s name as printed (default: the profile&apos;s).</source>
        <translation>帳票に印字する自治体名（既定はプロファイルのもの）。</translation>
    </message>
    <message>
        <source>Classification scheme: mic-r6 (default), mic-h27 or mext.</source>
        <translation>分類基準：mic-r6（既定）、mic-h27、mext。</translation>
    </message>
    <message>
        <source>The register file to create.</source>
        <translation>作成する台帳ファイル。</translation>
    </message>
    <message>
        <source>init needs --profile (%1).</source>
        <translation>init には --profile（%1）が必要です。</translation>
    </message>
    <message>
        <source>Created the register of %1 (%2 profile, scheme %3): %4</source>
        <translation>%1 の台帳を作成しました（プロファイル %2、分類基準 %3）：%4</translation>
    </message>
    <message>
        <source>Add an organisation unit (部, 課, 係, committee, assembly secretariat, public enterprise).</source>
        <translation>組織（部・課・係、委員会、議会事務局、公営企業）を登録します。</translation>
    </message>
    <message>
        <source>Organisation code (組織コード).</source>
        <translation>組織コード。</translation>
    </message>
    <message>
        <source>Name.</source>
        <translation>名称。</translation>
    </message>
    <message>
        <source>Kind: %1.</source>
        <translation>種類：%1。</translation>
    </message>
    <message>
        <source>Code of the unit above it.</source>
        <translation>上位の組織の組織コード。</translation>
    </message>
    <message>
        <source>Sort order (default: after the others).</source>
        <translation>並び順（既定は最後）。</translation>
    </message>
    <message>
        <source>First day (e.g. 令和7年4月1日).</source>
        <translation>設置日（例：令和7年4月1日）。</translation>
    </message>
    <message>
        <source>Last day, when the unit is abolished.</source>
        <translation>廃止される場合の最終日。</translation>
    </message>
    <message>
        <source>org add needs --code, --name and --kind.</source>
        <translation>org add には --code、--name、--kind が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of organisation unit (use %2).</source>
        <translation>「%1」は組織の種類ではありません（%2 のいずれかを指定）。</translation>
    </message>
    <message>
        <source>--sort takes a whole number.</source>
        <translation>--sort には整数を指定します。</translation>
    </message>
    <message>
        <source>Added %1 %2.</source>
        <translation>%1 %2 を登録しました。</translation>
    </message>
    <message>
        <source>List the organisation units in 組織コード order.</source>
        <translation>組織を組織コード順に一覧表示します。</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table（既定）、csv、json。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>組織コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上位組織</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>設置日</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>廃止日</translation>
    </message>
    <message>
        <source>Usage: daicho-cli org add|list FILE ...</source>
        <translation>使い方：daicho-cli org add|list ファイル ...</translation>
    </message>
    <message>
        <source>  add   Add an organisation unit.</source>
        <translation>  add   組織を登録します。</translation>
    </message>
    <message>
        <source>  list  List the organisation units.</source>
        <translation>  list  組織を一覧表示します。</translation>
    </message>
    <message>
        <source>org needs add or list.</source>
        <translation>org には add か list を指定します。</translation>
    </message>
    <message>
        <source>Fill a register with a realistic synthetic city, for demonstrations and benchmarks. The file is created first when it does not exist.</source>
        <translation>説明会や性能測定のために、架空の自治体の実例に近いデータを台帳に入れます。ファイルがなければ先に作成します。</translation>
    </message>
    <message>
        <source>How many assets to add.</source>
        <translation>追加する情報資産の件数。</translation>
    </message>
    <message>
        <source>Random seed (default 1): the same seed gives the same register.</source>
        <translation>乱数の種（既定は 1）。同じ種からは同じ台帳ができます。</translation>
    </message>
    <message>
        <source>City profile for a new file (default generic).</source>
        <translation>新しいファイルの自治体プロファイル（既定は generic）。</translation>
    </message>
    <message>
        <source>demo needs --assets N (a whole number) and an optional numeric --seed.</source>
        <translation>demo には --assets 件数（整数）が必要です。--seed は数値で任意に指定します。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo asset(s).</source>
        <translation>
            <numerusform>デモ用の情報資産を %n 件追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a printout (register, summary, asset sheets, reviews) as PDF.</source>
        <translation>帳票（台帳・集計表・個票・見直し対象一覧）をPDFに出力します。</translation>
    </message>
    <message>
        <source>Write a printout as PDF (A4, Japanese fonts embedded): the register of a section, a department or the city, the committee summary, asset sheets, or the reviews due.</source>
        <translation>帳票をPDF（A4、日本語フォント埋め込み）に出力します。課・部・全庁の台帳、委員会向け集計表、資産ごとの個票、見直し対象一覧から選びます。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>出力するPDFファイル。</translation>
    </message>
    <message>
        <source>The fiscal year printed (2025, R7 or 令和7年度; default the current one); assets registered in later years are left out.</source>
        <translation>帳票の年度（2025、R7、令和7年度など。既定は今年度）。それより後の年度の資産は含みません。</translation>
    </message>
    <message>
        <source>For asset sheets: this asset (repeatable).</source>
        <translation>個票を出力する資産番号（複数指定できます）。</translation>
    </message>
    <message>
        <source>The approval block: %1 (default: the register&apos;s setting).</source>
        <translation>決裁欄：%1（既定は台帳の設定）。</translation>
    </message>
    <message>
        <source>--kind takes %1.</source>
        <translation>--kind には %1 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--out names the PDF file to write.</source>
        <translation>--out に出力するPDFファイルを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal year (use 2025, R7 or 令和7年度).</source>
        <translation>「%1」は年度ではありません（2025、R7、令和7年度のように指定してください）。</translation>
    </message>
    <message>
        <source>--approval takes %1.</source>
        <translation>--approval には %1 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--asset is for asset sheets (--kind asset).</source>
        <translation>--asset は個票（--kind asset）でのみ使えます。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n page(s).</source>
        <translation>
            <numerusform>%1：%2、%nページ</numerusform>
        </translation>
    </message>
    <message>
        <source>The fiscal year (2025, R7 or 令和7年度; default the current one).</source>
        <translation>年度（2025、R7 または 令和7年度。既定は今年度）。</translation>
    </message>
    <message>
        <source>Write a section&apos;s or department&apos;s register as one submission file for the information policy division, with who, when, the fiscal year, the Daicho version and a checksum of its content.</source>
        <translation>課または部の台帳を、情報政策課へ提出する1つの提出ファイルに書き出します。提出者、提出日時、年度、Daicho の版、内容のチェックサムを記録します。</translation>
    </message>
    <message>
        <source>The submitting unit (its units below it included).</source>
        <translation>提出する組織（その下の組織を含む）。</translation>
    </message>
    <message>
        <source>The submission file to write.</source>
        <translation>書き出す提出ファイル。</translation>
    </message>
    <message>
        <source>--org names the submitting unit.</source>
        <translation>--org で提出する組織を指定します。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 %3, %n asset(s), %4.</source>
        <translation>
            <numerusform>%1 を書き出しました：%2 %3、%n 件、%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checksum: %1</source>
        <translation>チェックサム：%1</translation>
    </message>
    <message>
        <source>Bring department submissions into the city register. Each is taken in whole or not at all; a unit&apos;s newer submission replaces its earlier set; the same file twice adds nothing; clashes, unknown units, damaged or changed files and older submissions are reported and left out.</source>
        <translation>各課の提出ファイルを全庁の台帳に取りまとめます。提出ファイルごとにすべて取り込むか、まったく取り込まないかのどちらかです。同じ組織の新しい提出は以前の分を置き換え、同じファイルを再度取り込んでも何も増えません。資産番号の重複、未登録の組織、破損・改変されたファイル、古い提出は報告して取り込みません。</translation>
    </message>
    <message>
        <source>Move assets classified under an older guideline edition to the city&apos;s scheme (each marked for confirmation).</source>
        <translation>旧版のガイドラインで格付された情報資産を全庁の分類基準に移します（それぞれ確認待ちにします）。</translation>
    </message>
    <message>
        <source>The city register.</source>
        <translation>全庁の台帳。</translation>
    </message>
    <message>
        <source>Submission files.</source>
        <translation>提出ファイル。</translation>
    </message>
    <message>
        <source>Name the city register and at least one submission file.</source>
        <translation>全庁の台帳と、提出ファイルを1つ以上指定してください。</translation>
    </message>
    <message>
        <source>Show, for a fiscal year, which units have submitted their register, when, how many assets, and what each submission changed; and which are missing.</source>
        <translation>年度ごとに、台帳を提出した組織、提出日時、資産数、提出による変更内容と、未提出の組織を表示します。</translation>
    </message>
    <message>
        <source>Only the units that have not submitted.</source>
        <translation>未提出の組織だけを表示します。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>提出者</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未提出</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>%1 として提出</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 units submitted.</source>
        <translation>%1 %2：%4 組織のうち %3 組織が提出済み。</translation>
    </message>
    <message>
        <source>Write a unit&apos;s register as a submission for the city.</source>
        <translation>組織の台帳を全庁への提出ファイルに書き出します。</translation>
    </message>
    <message>
        <source>Bring department submissions into the city register.</source>
        <translation>各課の提出ファイルを全庁の台帳に取りまとめます。</translation>
    </message>
    <message>
        <source>Show which units have submitted for a fiscal year.</source>
        <translation>年度ごとの台帳の提出状況を表示します。</translation>
    </message>
    <message>
        <source>Freeze a copy of the register for a closed fiscal year.</source>
        <translation>年度を締め、その時点の台帳の写しを凍結します。</translation>
    </message>
    <message>
        <source>Compare two registers: added, removed, disposed, level changed.</source>
        <translation>2つの台帳を比較します（追加・削除・廃棄・格付変更）。</translation>
    </message>
    <message>
        <source>Close a fiscal year: freeze a copy of the register as it stands, which can be opened, printed and compared but never changed.</source>
        <translation>年度を締めます。現時点の台帳の写しを凍結し、開く・印刷する・比較することはできますが、変更はできません。</translation>
    </message>
    <message>
        <source>The frozen copy to write (default: next to the register, named after the year).</source>
        <translation>書き出す凍結した写し（既定：台帳と同じフォルダに、年度名を付けて作成）。</translation>
    </message>
    <message numerus="yes">
        <source>Closed %1: the frozen copy is %2 (%n asset(s)).</source>
        <translation>
            <numerusform>%1 を締めました。凍結した写しは %2 です（%n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare two registers of the city, such as two closed fiscal years: assets added, removed, disposed of, and those whose level changed.</source>
        <translation>締めた2つの年度など、2つの台帳を比較します。追加・削除・廃棄された情報資産と、格付が変わった情報資産を示します。</translation>
    </message>
    <message>
        <source>The earlier register (e.g. the closed copy of last year).</source>
        <translation>前の台帳（前年度を締めた写しなど）。</translation>
    </message>
    <message>
        <source>The later register.</source>
        <translation>後の台帳。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Asset number</source>
        <translation>資産番号</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Export the register for Excel: every asset (disposed ones included, withdrawn registrations left out) with the register&apos;s Japanese column headers. The format follows OUT&apos;s extension: .csv (UTF-8 with BOM, CRLF, or CP932) or .xlsx. Cells Excel would run as formulas are neutralised.</source>
        <translation>台帳を Excel 用に書き出します。すべての資産（廃棄済みを含み、取り下げた登録は除く）を台帳の日本語の列名で出力します。形式は OUT の拡張子で決まります：.csv（BOM 付き UTF-8・CRLF、または CP932）か .xlsx。Excel が数式として実行するセルは無害化します。</translation>
    </message>
    <message>
        <source>CSV only: utf-8-bom (default) or cp932.</source>
        <translation>CSV のみ：utf-8-bom（既定）または cp932。</translation>
    </message>
    <message>
        <source>CSV in CP932 only: write 〓 for characters CP932 cannot hold and list them, instead of refusing the export.</source>
        <translation>CP932 の CSV のみ：CP932 で表せない文字を、書き出しを中止する代わりに 〓（げた）に置き換えて一覧表示します。</translation>
    </message>
    <message>
        <source>The file to write: OUT.csv or OUT.xlsx.</source>
        <translation>書き出すファイル：OUT.csv または OUT.xlsx。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file to write must end in .csv or .xlsx.</source>
        <translation>「%1」：書き出すファイル名は .csv または .xlsx で終わる必要があります。</translation>
    </message>
    <message>
        <source>--encoding is for CSV files; an XLSX file is always Unicode.</source>
        <translation>--encoding は CSV ファイル用です。XLSX ファイルは常に Unicode です。</translation>
    </message>
    <message>
        <source>--encoding takes utf-8-bom or cp932.</source>
        <translation>--encoding には utf-8-bom または cp932 を指定してください。</translation>
    </message>
    <message>
        <source>--replace is for CSV files in CP932 (--encoding cp932).</source>
        <translation>--replace は CP932 の CSV ファイル（--encoding cp932）用です。</translation>
    </message>
    <message>
        <source>Export as UTF-8 (the default), or pass --replace to write 〓 in their place.</source>
        <translation>UTF-8（既定）で書き出すか、--replace を付けて 〓 に置き換えてください。</translation>
    </message>
    <message>
        <source>  replaced with 〓: %1</source>
        <translation>  〓 に置換：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) CP932 cannot hold were replaced with 〓.</source>
        <translation>
            <numerusform>CP932 で表せない %n 文字を 〓 に置き換えました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>%n 件の資産を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the register as CSV or XLSX for Excel.</source>
        <translation>台帳を Excel 用の CSV または XLSX に書き出します。</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1（自動判定）</translation>
    </message>
    <message>
        <source>Row %1, %2 &quot;%3&quot;</source>
        <translation>%1 行目、%2「%3」</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Import a register sheet (CSV or XLSX, such as the IPA template or a Daicho export). Every row is checked and the problems are listed before anything is written; a file with errors imports nothing unless --clean-rows-only is given. Rows match existing assets by 資産番号 (or by organisation and name), so importing the same file again changes nothing.</source>
        <translation>台帳のシート（CSV 又は XLSX。IPA の様式や Daicho の書き出しなど）を取り込みます。書き込む前にすべての行を確認して不備を示します。誤りのあるファイルは、--clean-rows-only を指定しない限り何も取り込みません。既存の資産とは資産番号（なければ組織と名称）で照合するため、同じファイルを再び取り込んでも何も変わりません。</translation>
    </message>
    <message>
        <source>Organisation code for rows that name none; the import is limited to that unit and the units below it.</source>
        <translation>組織の記載がない行の組織コード。取込はその組織と配下の組織に限られます。</translation>
    </message>
    <message>
        <source>Encoding of a CSV file: auto (default), utf-8 or cp932.</source>
        <translation>CSV ファイルの文字コード：auto（既定）、utf-8 又は cp932。</translation>
    </message>
    <message>
        <source>The sheet of an XLSX file to read (default the first).</source>
        <translation>読み込む XLSX ファイルのシート（既定は最初のシート）。</translation>
    </message>
    <message>
        <source>Show what would be imported and write nothing.</source>
        <translation>取り込む内容を表示するだけで、何も書き込みません。</translation>
    </message>
    <message>
        <source>Import the rows without errors and leave out the others.</source>
        <translation>誤りのない行だけを取り込み、他の行は除きます。</translation>
    </message>
    <message>
        <source>Write the rejected rows&apos; problems to this CSV file (row, column, value, reason).</source>
        <translation>取り込めなかった行の不備をこの CSV ファイルに書き出します（行、列、値、理由）。</translation>
    </message>
    <message>
        <source>Read a column as a field: &quot;列名=field_key&quot; (repeatable; an empty key leaves the column out).</source>
        <translation>列を項目として読みます：&quot;列名=field_key&quot;（複数指定可。項目を空にするとその列を取り込みません）。</translation>
    </message>
    <message>
        <source>The CSV or XLSX file to import.</source>
        <translation>取り込む CSV 又は XLSX ファイル。</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or cp932, not &quot;%1&quot;.</source>
        <translation>--encoding は auto、utf-8 又は cp932 です（「%1」は指定できません）。</translation>
    </message>
    <message numerus="yes">
        <source>Read %1: %n row(s).</source>
        <translation>
            <numerusform>%1 を読み込みました：%n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>文字コード：%1</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>シート：%1</translation>
    </message>
    <message>
        <source>--map needs &quot;列名=field_key&quot;, not &quot;%1&quot;.</source>
        <translation>--map は &quot;列名=field_key&quot; の形で指定します（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: no column &quot;%2&quot;, or &quot;%3&quot; is not a field (known: %4).</source>
        <translation>--map &quot;%1&quot;：列「%2」がないか、「%3」は項目ではありません（項目：%4）。</translation>
    </message>
    <message>
        <source>Header: rows %1-%2</source>
        <translation>見出し：%1～%2 行目</translation>
    </message>
    <message>
        <source>Header: row %1</source>
        <translation>見出し：%1 行目</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列の対応：</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>[--map]</source>
        <translation>[--map]</translation>
    </message>
    <message>
        <source>Rows: %1 to add, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation>行：追加 %1 件、更新 %2 件、変更なし %3 件、取込不可 %4 件。</translation>
    </message>
    <message>
        <source>The rejected rows could not be written to %1: %2</source>
        <translation>取り込めなかった行を %1 に書き出せませんでした：%2</translation>
    </message>
    <message>
        <source>The rejected rows&apos; problems were written to %1.</source>
        <translation>取り込めなかった行の不備を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was written.</source>
        <translation>このファイルは取り込めません。何も書き込んでいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors, so nothing was imported. Correct them, or give --clean-rows-only to import only the rows without errors.</source>
        <translation>
            <numerusform>%n 行に誤りがあるため、何も取り込んでいません。誤りを直すか、--clean-rows-only を指定して誤りのない行だけを取り込んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>確認のみ：何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1 から取込</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>取り込みました：追加 %1 件、更新 %2 件、変更なし %3 件、取込不可 %4 件。</translation>
    </message>
    <message>
        <source>Import a register sheet (CSV or XLSX): preview, then all or nothing.</source>
        <translation>台帳のシート（CSV・XLSX）を取り込みます。確認の後、全件を一括で取り込みます。</translation>
    </message>
    <message>
        <source>Also write the comparison as a printout (PDF) for the committee.</source>
        <translation>比較結果を委員会資料として PDF にも書き出します。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a backup copy of the register now, in the folder beside it, and print its path.</source>
        <translation>台帳のバックアップを今すぐ台帳と同じ場所のフォルダーに作成し、その場所を表示します。</translation>
    </message>
    <message>
        <source>List the register&apos;s backups, newest first: when, why, size and assets.</source>
        <translation>台帳のバックアップを新しい順に一覧表示します（日時・理由・サイズ・資産数）。</translation>
    </message>
    <message>
        <source>%1 has no backups yet (they are kept in %2).</source>
        <translation>%1 のバックアップはまだありません（保存先：%2）。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み込み不可</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>保存先：%1</translation>
    </message>
    <message>
        <source>Replace the register with one of its backups. The backup must be a whole Daicho register of the same city; the current file is backed up first, and the file is replaced in one step. Nobody may have the register open meanwhile.</source>
        <translation>台帳をバックアップの一つに置き換えます。バックアップは同じ団体の完全な台帳ファイルである必要があります。現在のファイルを先にバックアップし、ファイルは一度に置き換えます。その間、誰も台帳を開いていてはいけません。</translation>
    </message>
    <message>
        <source>The backup: a path, or a file name from &quot;daicho-cli backups&quot;.</source>
        <translation>バックアップ：パス、または「daicho-cli backups」に表示されるファイル名。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>バックアップ %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 was restored from %2. The file as it was is kept as %3.</source>
        <translation>%1 を %2 から復元しました。復元前のファイルは %3 に保存してあります。</translation>
    </message>
    <message>
        <source>Check the history&apos;s hash chain: report every history row changed, removed or inserted outside Daicho, and where. Exit code 1 when the chain is broken.</source>
        <translation>履歴のハッシュ連鎖を点検し、台帳アプリの外で変更・削除・追加された履歴行とその場所をすべて報告します。連鎖が途切れているとき終了コードは 1 です。</translation>
    </message>
    <message numerus="yes">
        <source>History chain whole: %n row(s) checked.</source>
        <translation>
            <numerusform>履歴の連鎖に問題はありません：%n 行を点検しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>検出内容</translation>
    </message>
    <message>
        <source>About</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <source>What no longer matches</source>
        <translation>一致しなくなった内容</translation>
    </message>
    <message numerus="yes">
        <source>History chain broken: %1 of %n row(s) do not fit. The history was changed outside Daicho; compare with a backup (daicho-cli backups).</source>
        <translation>
            <numerusform>履歴の連鎖が途切れています：%n 行のうち %1 行が一致しません。履歴が台帳アプリの外で変更されています。バックアップと照合してください（daicho-cli backups）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a backup copy of the register now.</source>
        <translation>台帳のバックアップを今すぐ作成します。</translation>
    </message>
    <message>
        <source>List the register&apos;s backups.</source>
        <translation>台帳のバックアップを一覧表示します。</translation>
    </message>
    <message>
        <source>Replace the register with one of its backups.</source>
        <translation>台帳をバックアップから復元します。</translation>
    </message>
    <message>
        <source>Check that no history row was changed, removed or inserted outside Daicho.</source>
        <translation>履歴が台帳アプリの外で変更・削除・追加されていないか点検します。</translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity, the history chain and every asset against the rules. Exit code 1 when there is an error, the history chain is broken (or, with --strict, any warning).</source>
        <translation>ファイルの整合性、履歴の連鎖、全資産の規則を点検します。エラーがあるとき、履歴の連鎖が途切れているとき（--strict では警告があるときも）終了コードは 1 です。</translation>
    </message>
    <message>
        <source>History chain: %1</source>
        <translation>履歴の連鎖：%1</translation>
    </message>
    <message numerus="yes">
        <source>History chain: whole (%n row(s)).</source>
        <translation>
            <numerusform>履歴の連鎖：問題なし（%n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History chain broken: %n row(s) changed, removed or inserted outside Daicho; &quot;daicho-cli verify&quot; shows where.</source>
        <translation>
            <numerusform>履歴の連鎖が途切れています：%n 行が台帳アプリの外で変更・削除・追加されています。場所は「daicho-cli verify」で確認できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 validation findings or a refused change, 2 usage error, 3 file refused or unreadable, 4 written by a newer Daicho, 5 read-only, 6 disk full or write error, 7 in use by someone else.</source>
        <translation>終了コード: 0 成功、1 検査で問題あり・変更を受け付けず、2 使い方の誤り、3 ファイルを受け付けず・読めない、4 新しい版の Daicho で作成された台帳、5 読み取り専用、6 ディスクの空き不足・書き込みエラー、7 ほかの人が使用中。</translation>
    </message>
</context>
<context>
    <name>daicho::ColumnChooserDialog</name>
    <message>
        <source>Columns</source>
        <translation>表示する列</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Default columns</source>
        <translation>標準の列に戻す(&amp;D)</translation>
    </message>
</context>
<context>
    <name>daicho::ConsolidationDialog</name>
    <message>
        <source>Consolidation</source>
        <translation>台帳の取りまとめ</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>組織コード</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出日時</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提出者</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Reclassified</source>
        <translation>格付変更</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move assets classified under an older guideline edition to the city&apos;s scheme (each marked for confirmation)</source>
        <translation>旧版のガイドラインで格付された情報資産を全庁の分類基準に移す（それぞれ確認待ちにします）</translation>
    </message>
    <message>
        <source>What became of each submission file taken in appears here.</source>
        <translation>取り込んだ提出ファイルごとの結果がここに表示されます。</translation>
    </message>
    <message>
        <source>&amp;Take In Submissions...</source>
        <translation>提出ファイルを取り込む(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
        <source>%1 of %2 units have submitted; %3 have not.</source>
        <translation>%2 組織のうち %1 組織が提出済み、%3 組織が未提出です。</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提出</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>%1 として提出</translation>
    </message>
    <message>
        <source>Take In Submissions</source>
        <translation>提出ファイルの取り込み</translation>
    </message>
    <message>
        <source>Daicho submissions (*.json);;All files (*)</source>
        <translation>Daicho 提出ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>daicho::ConsolidationReport</name>
    <message>
        <source>Consolidation Status</source>
        <translation>台帳提出状況</translation>
    </message>
    <message>
        <source>%1: %2 of %3 units have submitted; %4 have not. %5 asset(s) were submitted.</source>
        <translation>%1：%3 組織のうち %2 組織が提出済み、%4 組織が未提出です。提出された情報資産は %5 件です。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>組織コード</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出日</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提出者</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Reclassified</source>
        <translation>格付変更</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Consolidated</source>
        <translation>取りまとめ日</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提出</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>%1 として提出</translation>
    </message>
</context>
<context>
    <name>daicho::Consolidator</name>
    <message>
        <source>Already consolidated on %1; nothing to add.</source>
        <translation>%1 に取りまとめ済みです。追加するものはありません。</translation>
    </message>
    <message>
        <source>The organisation code %1 (%2) is not in the city register; add the unit or correct the code in the department&apos;s register.</source>
        <translation>組織コード %1（%2）は全庁の台帳にありません。組織を登録するか、提出元の台帳の組織コードを直してください。</translation>
    </message>
    <message>
        <source>The submission uses organisation codes the city register does not know.</source>
        <translation>提出ファイルに、全庁の台帳にない組織コードが使われています。</translation>
    </message>
    <message>
        <source>Older than the submission of %1 already consolidated for %2 (submitted %3); the newer one stays.</source>
        <translation>%2 について取りまとめ済みの提出（%3 提出）より古い提出（%1）です。新しい方をそのまま残します。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) moved to the city&apos;s scheme %1 and marked for confirmation.</source>
        <translation>
            <numerusform>%n 件を全庁の分類基準 %1 に移し、確認待ちにしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) keep their own scheme: no move to %1 is known for it.</source>
        <translation>
            <numerusform>%n 件は元の分類基準のままです（%1 への移行方法が定められていません）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) are classified under another scheme than the city&apos;s %1; they keep it. Consolidate with --move-scheme to move them: %2</source>
        <translation>
            <numerusform>%n 件は全庁の分類基準 %1 と異なる基準で格付されており、そのまま取り込みました。--move-scheme を付けて取りまとめると移行します：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Before consolidating, a backup copy of the city register is made, and that failed: %1 Nothing was taken in.</source>
        <translation>取りまとめの前に市の台帳をバックアップしますが、失敗しました：%1 何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 added, %2 updated (%3 reclassified), %4 removed, %5 unchanged</source>
        <translation>追加 %1 件、更新 %2 件（うち格付変更 %3 件）、削除 %4 件、変更なし %5 件</translation>
    </message>
    <message>
        <source>Taken in: %1%2: %3.</source>
        <translation>取込済：%1%2：%3。</translation>
    </message>
    <message>
        <source>Skipped: %1%2: %3</source>
        <translation>対象外：%1%2：%3</translation>
    </message>
    <message>
        <source>Refused: %1%2: %3</source>
        <translation>取込不可：%1%2：%3</translation>
    </message>
    <message>
        <source>%1 taken in, %2 already consolidated, %3 refused.</source>
        <translation>取込 %1 件、取りまとめ済 %2 件、取込不可 %3 件。</translation>
    </message>
    <message>
        <source>%1 states its submission date twice, differently; ask the department to submit again.</source>
        <translation>%1 には提出日時が2か所に異なる値で書かれています。所属に再提出を依頼してください。</translation>
    </message>
</context>
<context>
    <name>daicho::CrossTable</name>
    <message>
        <source>%1 × %2</source>
        <extracomment>A cross table&apos;s title, e.g. &quot;By department × By confidentiality&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>daicho::CsvReader</name>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>「%1」は読み込めません: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>it starts like UTF-16 text but is not valid UTF-16.</source>
        <translation>UTF-16 のテキストのように始まっていますが、正しい UTF-16 ではありません。</translation>
    </message>
    <message>
        <source>it is not a CSV or Excel file.</source>
        <translation>CSV ファイルでも Excel ファイルでもありません。</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8, although the file says it is UTF-8.</source>
        <translation>ファイルは UTF-8 と示していますが、%1 行目が正しい UTF-8 ではありません。</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8. Was it saved as Shift_JIS (CP932)?</source>
        <translation>%1 行目が正しい UTF-8 ではありません。Shift_JIS（CP932）で保存されていませんか。</translation>
    </message>
    <message>
        <source>line %1 is not valid Shift_JIS (CP932). Was it saved as UTF-8?</source>
        <translation>%1 行目が正しい Shift_JIS（CP932）ではありません。UTF-8 で保存されていませんか。</translation>
    </message>
    <message>
        <source>line %1 is neither UTF-8 nor Shift_JIS (CP932) text. Save it from Excel as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1 行目が UTF-8 でも Shift_JIS（CP932）でもありません。Excel で「CSV UTF-8（コンマ区切り）」形式で保存し直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>the cell in row %1, column %2 holds more than 32,767 characters, the most a spreadsheet cell can hold.</source>
        <translation>%1 行目 %2 列のセルの文字数が、表計算ソフトの 1 セルの上限 32,767 文字を超えています。</translation>
    </message>
    <message>
        <source>it holds more than %1 cells, more than can be imported at once. Split it into smaller files.</source>
        <translation>セルが %1 個を超えていて、一度に取り込める量を超えています。ファイルを分けてください。</translation>
    </message>
    <message>
        <source>the quoted cell that starts in row %1, column %2 is never closed: a double quote (&quot;) is missing.</source>
        <translation>%1 行目 %2 列から始まる引用符付きのセルが閉じられていません: ダブルクォーテーション（&quot;）が足りません。</translation>
    </message>
</context>
<context>
    <name>daicho::CsvWriter</name>
    <message>
        <source>header %1: %2 (%3)</source>
        <translation>見出し %1：%2（%3）</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2：%3（%4）</translation>
    </message>
    <message>
        <source>The CSV could not be encoded in CP932; nothing was written.</source>
        <translation>CSV を CP932 に変換できませんでした。何も書き出していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cannot be written in CP932 (Shift_JIS); nothing was written.</source>
        <translation>
            <numerusform>CP932（シフト JIS）で表せない文字が %n 文字あります。何も書き出していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>daicho::DashboardView</name>
    <message numerus="yes">
        <source>%n current asset(s). Click a bar or a slice to list its assets.</source>
        <translation>
            <numerusform>現在の情報資産 %n件。棒や扇形をクリックすると、その資産を一覧に表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts assets at confidentiality 2 and above only; filter the table yourself.</source>
        <translation>機密性2以上の資産だけを数えています。一覧の絞り込みは手動で行ってください。</translation>
    </message>
</context>
<context>
    <name>daicho::DateField</name>
    <message>
        <source>Set a date</source>
        <translation>日付を設定</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>daicho::DemoGenerator</name>
    <message>
        <source>The number of assets cannot be negative.</source>
        <translation>資産数に負の数は指定できません。</translation>
    </message>
</context>
<context>
    <name>daicho::Dimension</name>
    <message>
        <source>By department</source>
        <translation>部別</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>課別</translation>
    </message>
    <message>
        <source>By confidentiality</source>
        <translation>機密性別</translation>
    </message>
    <message>
        <source>By integrity</source>
        <translation>完全性別</translation>
    </message>
    <message>
        <source>By availability</source>
        <translation>可用性別</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>By importance</source>
        <translation>重要度別</translation>
    </message>
    <message>
        <source>Importance %1</source>
        <translation>重要度%1</translation>
    </message>
    <message>
        <source>By lifecycle stage</source>
        <translation>ライフサイクル別</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>状態別</translation>
    </message>
    <message>
        <source>By network segment</source>
        <translation>ネットワーク区分別</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Specific personal data (My Number)</source>
        <translation>特定個人情報（マイナンバー）</translation>
    </message>
    <message>
        <source>Needs a file register entry (1,000+ people)</source>
        <translation>個人情報ファイル簿の対象（1,000人以上）</translation>
    </message>
    <message>
        <source>No personal data</source>
        <translation>個人情報なし</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something to count by (use %2).</source>
        <translation>「%1」では集計できません（%2 のいずれかを指定）。</translation>
    </message>
    <message>
        <source>By review</source>
        <translation>見直し期限別</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Due this fiscal year</source>
        <translation>今年度中に期限</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>来年度以降に期限</translation>
    </message>
    <message>
        <source>No review due (disposed or no date)</source>
        <translation>見直し対象外（廃棄済み・期限未設定）</translation>
    </message>
    <message>
        <source>By outsourcing and cloud</source>
        <translation>外部委託・クラウド別</translation>
    </message>
    <message>
        <source>Outsourced</source>
        <translation>外部委託</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>いずれもなし</translation>
    </message>
</context>
<context>
    <name>daicho::EditConflict</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>コメント：%1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>(the history does not say what was changed)</source>
        <translation>（履歴から変更内容を読み取れませんでした）</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>ほかの人が変更しました</translation>
    </message>
    <message>
        <source>Someone else saved a change to %1 after you opened it.</source>
        <translation>情報資産 %1 は、編集画面を開いた後にほかの人が変更して保存しました。</translation>
    </message>
    <message>
        <source>Overwriting replaces what they entered in: %1.</source>
        <translation>上書きすると、次の項目は相手の入力に代わってあなたの入力になります：%1。</translation>
    </message>
    <message>
        <source>Whichever you choose, their change stays in the history.</source>
        <translation>どれを選んでも、相手の変更は履歴に残ります。</translation>
    </message>
    <message>
        <source>Load Their Change (Discard My Input)</source>
        <translation>相手の変更を読み込む（自分の入力を破棄）</translation>
    </message>
    <message>
        <source>Overwrite with My Input</source>
        <translation>自分の入力で上書きする</translation>
    </message>
    <message>
        <source>Back to Editing</source>
        <translation>編集に戻る</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected assets were changed by someone else after the list was read, so nothing was changed:</source>
        <translation>
            <numerusform>選択した情報資産のうち %n 件は、一覧を読み込んだ後にほかの人が変更したため、何も変更していません：</numerusform>
        </translation>
    </message>
    <message>
        <source>The list now shows what the register holds; check those assets and try again.</source>
        <translation>一覧を台帳の最新の内容に更新しました。該当する情報資産を確認してから、もう一度操作してください。</translation>
    </message>
</context>
<context>
    <name>daicho::ExportFlow</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel (*.csv)</source>
        <translation>CSV（UTF-8、Excel 用） (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS for older systems (*.csv)</source>
        <translation>CSV（Shift_JIS、既存システム用） (*.csv)</translation>
    </message>
    <message>
        <source>Export for Excel</source>
        <translation>Excel 形式で書き出し</translation>
    </message>
    <message>
        <source>Nothing was written. Write 〓 in place of these characters, or export as UTF-8 or XLSX, which hold every character?</source>
        <translation>何も書き出していません。これらの文字を 〓 に置き換えて書き出しますか。すべての文字を扱える UTF-8 または XLSX で書き出すこともできます。</translation>
    </message>
    <message>
        <source>Write with 〓</source>
        <translation>〓 に置き換えて書き出す</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) written to %1.</source>
        <translation>
            <numerusform>%n 件を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) were written as 〓.</source>
        <translation>
            <numerusform>%n 文字を 〓 に置き換えました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::FilterBar</name>
    <message>
        <source>Search asset number, name, business, storage place, remarks (Ctrl+F)</source>
        <translation>資産番号・名称・業務・保管場所・備考を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Overdue reviews</source>
        <translation>見直し期限切れ(&amp;O)</translation>
    </message>
    <message>
        <source>With &amp;findings</source>
        <translation>指摘あり(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;disposed</source>
        <translation>廃棄済みも表示(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>絞り込み解除(&amp;L)</translation>
    </message>
    <message>
        <source>Confidentiality: all</source>
        <translation>機密性：すべて</translation>
    </message>
    <message>
        <source>Integrity: all</source>
        <translation>完全性：すべて</translation>
    </message>
    <message>
        <source>Availability: all</source>
        <translation>可用性：すべて</translation>
    </message>
    <message>
        <source>Stage: all</source>
        <translation>ライフサイクル：すべて</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>状態：すべて</translation>
    </message>
    <message>
        <source>Network: all</source>
        <translation>ネットワーク：すべて</translation>
    </message>
    <message>
        <source>Personal data: all</source>
        <translation>個人情報：すべて</translation>
    </message>
    <message>
        <source>With personal data</source>
        <translation>個人情報あり</translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Specific personal data (My Number)</source>
        <translation>特定個人情報（マイナンバー）</translation>
    </message>
    <message>
        <source>No personal data</source>
        <translation>個人情報なし</translation>
    </message>
    <message>
        <source>Outsourcing: all</source>
        <translation>外部委託：すべて</translation>
    </message>
    <message>
        <source>Outsourced</source>
        <translation>外部委託あり</translation>
    </message>
    <message>
        <source>Not outsourced</source>
        <translation>外部委託なし</translation>
    </message>
    <message>
        <source>Cloud: all</source>
        <translation>クラウド：すべて</translation>
    </message>
    <message>
        <source>In the cloud</source>
        <translation>クラウド利用</translation>
    </message>
    <message>
        <source>Not in the cloud</source>
        <translation>クラウド利用なし</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;</source>
        <translation>検索「%1」</translation>
    </message>
    <message>
        <source>Needs a file register entry (1,000+ people)</source>
        <translation>個人情報ファイル簿の対象（1,000人以上）</translation>
    </message>
    <message>
        <source>%1 and earlier</source>
        <translation>%1以前</translation>
    </message>
</context>
<context>
    <name>daicho::HistoryChain</name>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>履歴を読み込めません：%1</translation>
    </message>
    <message>
        <source>It has no chain hash: it was written by another program, not by Daicho.</source>
        <translation>連鎖ハッシュがありません：台帳アプリではなく、他のプログラムで書き込まれた行です。</translation>
    </message>
    <message>
        <source>Its content (time, user, action, changed fields or comment) no longer matches the hash recorded when it was written.</source>
        <translation>内容（日時・利用者・操作・変更項目・コメント）が、書き込み時に記録したハッシュと一致しません。</translation>
    </message>
    <message>
        <source>It was slipped into the history by another program: the row after it is chained to the row before it.</source>
        <translation>他のプログラムで履歴に差し込まれた行です：次の行は、この行の前の行に連鎖しています。</translation>
    </message>
    <message>
        <source>History row %1 between it and row %2 was removed.</source>
        <translation>この行と %2 行目の間にあった履歴 %1 行目が削除されています。</translation>
    </message>
    <message>
        <source>The history rows before it (up to row %1) were removed.</source>
        <translation>この行より前の履歴（%1 行目まで）が削除されています。</translation>
    </message>
    <message>
        <source>History rows %1 to %2 between it and row %3 were removed.</source>
        <translation>この行と %3 行目の間にあった履歴 %1〜%2 行目が削除されています。</translation>
    </message>
    <message>
        <source>It no longer follows the start of the history: rows before it were removed.</source>
        <translation>履歴の先頭に続いていません：この行より前の行が削除されています。</translation>
    </message>
    <message>
        <source>It no longer follows row %1: rows between them were removed, or row %1&apos;s hash was changed.</source>
        <translation>%1 行目に続いていません：間の行が削除されたか、%1 行目のハッシュが変更されています。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>asset id %1 (no longer in the register)</source>
        <translation>資産 ID %1（台帳にはもうありません）</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>資産 %1</translation>
    </message>
    <message>
        <source>organisation id %1 (no longer in the register)</source>
        <translation>組織 ID %1（台帳にはもうありません）</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>組織 %1</translation>
    </message>
    <message>
        <source>the register</source>
        <translation>台帳全体</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>追加</translation>
    </message>
</context>
<context>
    <name>daicho::HistoryWording</name>
    <message>
        <source>Registered</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>ライフサイクル変更</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状態変更</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>見直し</translation>
    </message>
    <message>
        <source>Registration withdrawn</source>
        <translation>登録取消</translation>
    </message>
    <message>
        <source>Registration restored</source>
        <translation>登録取消の取り消し</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>組織コード</translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>daicho::ImportFilePage</name>
    <message>
        <source>File to import</source>
        <translation>取り込むファイル</translation>
    </message>
    <message>
        <source>Choose the register sheet (Excel .xlsx or CSV). Daicho reads it and shows what it found; nothing is written until the last step.</source>
        <translation>台帳のシート（Excel の .xlsx 又は CSV）を選んでください。読み取った内容を表示します。最後の手順まで台帳には何も書き込みません。</translation>
    </message>
    <message>
        <source>Excel or CSV file</source>
        <translation>Excel 又は CSV ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>CP932 (Shift_JIS)</source>
        <translation>CP932（Shift_JIS）</translation>
    </message>
    <message>
        <source>(each row names its own)</source>
        <translation>（各行の管理部署による）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>シート(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Organisation for rows without one:</source>
        <translation>管理部署のない行の課(&amp;O)：</translation>
    </message>
    <message>
        <source>When a section is chosen, rows that name no organisation go to it, and the import is kept to that section and the units below it.</source>
        <translation>課を選ぶと、管理部署のない行はその課の資産として登録し、取り込みはその課と配下の組織に限ります。</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>読み取った内容：</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Excel から取り込む</translation>
    </message>
    <message>
        <source>Register sheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>台帳のシート (*.xlsx *.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>文字コード：%1</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>シート：%1</translation>
    </message>
    <message>
        <source>Column names: rows %1-%2</source>
        <translation>列名：%1～%2 行目</translation>
    </message>
    <message>
        <source>Column names: row %1</source>
        <translation>列名：%1 行目</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of data below them.</source>
        <translation>
            <numerusform>その下にデータが %n 行あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>ファイルがまだ選ばれていません。</translation>
    </message>
</context>
<context>
    <name>daicho::ImportMappingPage</name>
    <message>
        <source>Organisation code</source>
        <translation>組織コード</translation>
    </message>
    <message>
        <source>Importance (compared only)</source>
        <translation>重要度（照合のみ）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列の対応</translation>
    </message>
    <message>
        <source>Each column of the file and the register field it goes into, as Daicho guessed from its name. Correct any that are wrong; &quot;(not imported)&quot; leaves a column out.</source>
        <translation>ファイルの各列と、取り込み先の台帳の項目です（列名から推定）。違っていれば直してください。「（取り込まない）」を選ぶとその列は取り込みません。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Values (first rows)</source>
        <translation>値（先頭の行）</translation>
    </message>
    <message>
        <source>Register field</source>
        <translation>台帳の項目</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（列名なし）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n column(s) go into the register.</source>
        <translation>
            <numerusform>%n 列のうち %1 列を台帳に取り込みます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>必須の項目には、すべて対応する列があります。</translation>
    </message>
    <message>
        <source>Required and not found: %1.</source>
        <translation>必須の項目に対応する列がありません：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>daicho::ImportPlan</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>There is no organisation unit with code %1.</source>
        <translation>組織コード %1 の組織はありません。</translation>
    </message>
    <message>
        <source>%1 is empty: a register sheet has a row of column names such as 情報資産名称, 管理部署 and 機密性, and rows below it.</source>
        <translation>%1 は空です。台帳のシートには、情報資産名称・管理部署・機密性などの列名の行と、その下に資産の行が必要です。</translation>
    </message>
    <message>
        <source>The file has no column for the asset name (情報資産名称): map one of its columns to the name, or nothing can be imported.</source>
        <translation>ファイルに情報資産名称の列がありません。いずれかの列を名称として対応付けないと、取り込めません。</translation>
    </message>
    <message>
        <source>The file has no column for the organisation (管理部署 or 組織コード): name the section with --org.</source>
        <translation>ファイルに組織の列（管理部署又は組織コード）がありません。--org で所属を指定してください。</translation>
    </message>
    <message>
        <source>The columns %1 are not imported: status, reclassification and disposal change only through Daicho&apos;s own steps (submit, approve, dispose), each recorded.</source>
        <translation>列 %1 は取り込みません。状態・再分類・廃棄は、台帳の操作（提出・承認・廃棄）でのみ変更し、その都度記録します。</translation>
    </message>
    <message>
        <source>The file&apos;s levels are those of %1, not of the register&apos;s scheme %2. New assets keep them under %1 as the file gives them; nothing is converted (3 becomes 3A or 3B only by a person&apos;s choice). Reclassify them when the section is ready.</source>
        <translation>ファイルの格付は %1 のもので、この台帳の分類基準 %2 のものではありません。新しい資産はファイルのとおり %1 のまま登録し、変換はしません（3 を 3A とするか 3B とするかは人が判断します）。課の準備ができたら再分類してください。</translation>
    </message>
    <message>
        <source>The row names no organisation unit.</source>
        <translation>この行には組織の記載がありません。</translation>
    </message>
    <message>
        <source>%1 is not %2 or a unit below it; this import is limited to %2.</source>
        <translation>%1 は %2 又はその下の組織ではありません。この取込は %2 に限られています。</translation>
    </message>
    <message>
        <source>The asset number %1 is already on row %2 of the file.</source>
        <translation>資産番号 %1 はファイルの %2 行目にもあります。</translation>
    </message>
    <message>
        <source>%1 holds several assets called %2: give the 資産番号 to say which.</source>
        <translation>%1 には %2 という資産が複数あります。どれかを資産番号で示してください。</translation>
    </message>
    <message>
        <source>This row is the same asset as row %1 (%2).</source>
        <translation>この行は %1 行目と同じ資産（%2）です。</translation>
    </message>
    <message>
        <source>The asset %1 belongs to %2, outside %3 to which this import is limited.</source>
        <translation>資産 %1 は %2 の資産で、この取込の対象 %3 の外です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (write 有/無, ○/×, はい/いいえ or 1/0).</source>
        <translation>「%1」は有無として読めません（有/無、○/×、はい/いいえ又は 1/0 で記入してください）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 年度 (write 令和6年度 or 2024).</source>
        <translation>「%1」は年度として読めません（令和6年度又は 2024 のように記入してください）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>「%1」は数値ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>「%1」は次のいずれでもありません：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network segment of this register (%2).</source>
        <translation>「%1」はこの台帳のネットワーク区分ではありません（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a classification scheme of this register.</source>
        <translation>「%1」はこの台帳の分類基準ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of %2 in %3 (allowed: %4).</source>
        <translation>「%1」は %3 の%2の区分ではありません（使える区分：%4）。</translation>
    </message>
    <message>
        <source>%1 is not rated in %2.</source>
        <translation>%2 では%1を格付しません。</translation>
    </message>
    <message>
        <source>The file&apos;s levels are not levels of %1, the scheme this asset is classified under; it would move to %2.</source>
        <translation>ファイルの格付は、この資産の分類基準 %1 の区分ではありません。取り込むと %2 に移ります。</translation>
    </message>
    <message>
        <source>These levels are those of %1, unlike the rest of the file; they are kept under it.</source>
        <translation>この行の格付はファイルの他の行と異なり %1 のものです。%1 のまま登録します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lifecycle stage.</source>
        <translation>「%1」はライフサイクルの段階ではありません。</translation>
    </message>
    <message>
        <source>The stage is not changed by an import; move the asset with its stage step.</source>
        <translation>ライフサイクルの段階は取込では変更しません。段階の操作で移してください。</translation>
    </message>
    <message>
        <source>A disposed asset is not imported as a new one: its record stays in the register it was disposed of in.</source>
        <translation>廃棄済みの資産は新規には取り込みません。その記録は廃棄した台帳に残ります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 重要度 (1–3); Daicho derives %2 for this asset.</source>
        <translation>「%1」は重要度（1～3）として読めません。この資産の重要度は %2 と算定されます。</translation>
    </message>
    <message>
        <source>The file says 重要度 %1, Daicho derives %2 from the levels and personal data; %2 is used.</source>
        <translation>ファイルの重要度は %1 ですが、格付と個人情報から算定すると %2 です。%2 を用います。</translation>
    </message>
    <message>
        <source>The asset %1 has been disposed of; its record can no longer be changed.</source>
        <translation>資産 %1 は廃棄済みのため、記録を変更できません。</translation>
    </message>
    <message>
        <source>The asset %1 was approved; after this change it needs approval again.</source>
        <translation>資産 %1 は承認済みです。この変更の後、改めて承認が必要です。</translation>
    </message>
</context>
<context>
    <name>daicho::ImportPreviewPage</name>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>What the import would do to each row. Nothing has been written yet.</source>
        <translation>取り込むと各行がどうなるかを示します。まだ何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>不備のある行だけ表示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save Problems as CSV...</source>
        <translation>不備を CSV に保存(&amp;S)...</translation>
    </message>
    <message>
        <source>To add: %1    To update: %2    Unchanged: %3    Rejected: %4</source>
        <translation>追加 %1 件&#x3000;&#x3000;更新 %2 件&#x3000;&#x3000;変更なし %3 件&#x3000;&#x3000;取込不可 %4 件</translation>
    </message>
    <message numerus="yes">
        <source>Import only the clean rows and leave out the %n rejected row(s)</source>
        <translation>
            <numerusform>誤りのない行だけを取り込む（取込不可の %n 行は除く）</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row to see all of its problems.</source>
        <translation>行を選ぶと、その行の不備をすべて表示します。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>不備はありません</translation>
    </message>
    <message>
        <source>Import writes the %1 clean row(s) in one step; the rejected rows are left out.</source>
        <translation>「取り込む」で誤りのない %1 行を一括で書き込みます。取込不可の行は除きます。</translation>
    </message>
    <message>
        <source>Import writes every row in one step, with its history.</source>
        <translation>「取り込む」で全行を一括で書き込み、履歴を残します。</translation>
    </message>
    <message>
        <source>%1_problems.csv</source>
        <translation>%1_不備.csv</translation>
    </message>
    <message>
        <source>Save Problems as CSV</source>
        <translation>不備を CSV に保存</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)...</source>
        <translation>
            <numerusform>%n 行を取り込んでいます...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Excel から取り込む</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>何も書き込んでいません。</translation>
    </message>
</context>
<context>
    <name>daicho::ImportResultPage</name>
    <message>
        <source>Imported</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>What was written to the register.</source>
        <translation>台帳に書き込んだ内容です。</translation>
    </message>
    <message>
        <source>%1 was imported into the register: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 を台帳に取り込みました：追加 %2 件、更新 %3 件、変更なし %4 件。</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) were left out; correct them in the file and import it again (the rows already imported stay unchanged).</source>
        <translation>
            <numerusform>取込不可の %n 行は除きました。ファイルで直してから再度取り込んでください（取り込み済みの行は変わりません）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each change is recorded in the assets&apos; history.</source>
        <translation>変更はすべて各資産の履歴に記録しました。</translation>
    </message>
</context>
<context>
    <name>daicho::ImportWizard</name>
    <message>
        <source>Import from Excel</source>
        <translation>Excel から取り込む</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>%1 is empty: a register sheet has a row of column names such as 情報資産名称, 管理部署 and 機密性, and rows below it.</source>
        <translation>%1 は空です。台帳のシートには、情報資産名称・管理部署・機密性などの列名の行と、その下の行が必要です。</translation>
    </message>
    <message>
        <source>the asset name (情報資産名称)</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>the organisation (管理部署 or 組織コード), or a section chosen on the first page for every row</source>
        <translation>管理部署（又は組織コード）。列がなければ、最初のページで全行の課を選んでください</translation>
    </message>
    <message>
        <source>Nothing has been checked yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is mapped: see the problems above. Go back to correct the columns, or cancel.</source>
        <translation>この列の対応では取り込めません（上の不備を参照）。戻って列の対応を直すか、キャンセルしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors, so nothing would be imported. Correct the file and read it again, or choose to import only the clean rows.</source>
        <translation>
            <numerusform>%n 行に誤りがあるため、このままでは何も取り込みません。ファイルを直して読み込み直すか、誤りのない行だけを取り込むことを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would change: every row is already in the register as the file has it.</source>
        <translation>変更はありません。すべての行がファイルのとおり台帳に登録済みです。</translation>
    </message>
    <message>
        <source>The problems could not be written to %1: %2</source>
        <translation>不備を %1 に書き出せませんでした：%2</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1 から取り込み</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1（自動判定）</translation>
    </message>
</context>
<context>
    <name>daicho::ImportWizardPreviewModel</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>取込不可</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot;: %4</source>
        <translation>%1：%2「%3」：%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>不備</translation>
    </message>
</context>
<context>
    <name>daicho::Importer</name>
    <message>
        <source>The file cannot be imported; nothing was changed.</source>
        <translation>このファイルは取り込めません。台帳は変更していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors, so nothing was imported. Correct them, or import only the rows without errors.</source>
        <translation>
            <numerusform>%n 行に誤りがあるため、何も取り込んでいません。誤りを直すか、誤りのない行だけを取り込んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Before importing, a backup copy of the register is made, and that failed: %1 Nothing was imported.</source>
        <translation>取り込みの前に台帳をバックアップしますが、失敗しました：%1 何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>daicho::LevelPicker</name>
    <message>
        <source>Not yet decided</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>%1 (not a level of this scheme)</source>
        <translation>%1（この分類基準にない格付）</translation>
    </message>
    <message>
        <source>The section head decides the level (分類未確定).</source>
        <translation>格付は課長が決定します（分類未確定）。</translation>
    </message>
    <message>
        <source>Not applicable: paper-only information with no more than minor harm.</source>
        <translation>該当なし：影響が軽微な紙だけの情報。</translation>
    </message>
    <message>
        <source>This code is not one of the scheme&apos;s levels.</source>
        <translation>この符号は分類基準の格付にありません。</translation>
    </message>
</context>
<context>
    <name>daicho::LockHolder</name>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%2 の %1（%3 から）</translation>
    </message>
    <message>
        <source>%1 (%2 on %3) since %4</source>
        <translation>%1（%3 の %2、%4 から）</translation>
    </message>
</context>
<context>
    <name>daicho::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Register...</source>
        <translation>台帳を開く(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Register</source>
        <translation>台帳を開く</translation>
    </message>
    <message>
        <source>Daicho registers (*.daicho *.sqlite);;All files (*)</source>
        <translation>台帳ファイル (*.daicho *.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Daicho</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>%1 Information Asset Register - Daicho</source>
        <translation>%1 情報資産管理台帳 - 台帳</translation>
    </message>
    <message>
        <source>&amp;New Register...</source>
        <translation>台帳を新規作成(&amp;N)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>検索(&amp;F)...</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>絞り込み解除(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;New Asset...</source>
        <translation>資産を新規登録(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Edit Asset...</source>
        <translation>資産を編集(&amp;E)...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Duplicate Asset...</source>
        <translation>資産を複製(&amp;D)...</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Change &amp;Selected Assets...</source>
        <translation>選択した資産を一括変更(&amp;S)...</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation>見直し済みにする(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Change &amp;Stage...</source>
        <translation>ライフサイクルを変更(&amp;T)...</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Dis&amp;pose...</source>
        <translation>廃棄(&amp;P)...</translation>
    </message>
    <message>
        <source>Su&amp;bmit for Approval</source>
        <translation>承認を申請(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Re&amp;turn with Comment...</source>
        <translation>差戻し(&amp;T)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Columns...</source>
        <translation>表示する列(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Organisation Tree</source>
        <translation>組織ツリー(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>詳細欄(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;About Daicho</source>
        <translation>台帳について(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使った台帳(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Asset</source>
        <translation>資産(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>The register was written by an older Daicho and has been updated. A copy of the file as it was is kept at:
%1</source>
        <translation>この台帳は以前の版の台帳ソフトで作成されていたため、新しい形式に更新しました。更新前のファイルの写しは次の場所に保存しています：
%1</translation>
    </message>
    <message>
        <source>New Register</source>
        <translation>台帳の新規作成</translation>
    </message>
    <message>
        <source>Which policy does the organisation follow?</source>
        <translation>どの団体の情報セキュリティポリシーに沿って作成しますか？</translation>
    </message>
    <message>
        <source>Daicho registers (*.daicho)</source>
        <translation>台帳ファイル (*.daicho)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The language changes when Daicho starts next time.</source>
        <translation>表示言語は次回の起動時から切り替わります。</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>絞り込み：%1</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n asset(s)</source>
        <translation>
            <numerusform>%n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved with %n warning(s); see the details panel.</source>
        <translation>
            <numerusform>保存しました（注意 %n 件。詳細欄をご確認ください）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has been disposed of; its record is read-only.</source>
        <translation>%1 は廃棄済みのため、記録は閲覧のみです。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) changed.</source>
        <translation>
            <numerusform>%n 件を変更しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) marked reviewed today.</source>
        <translation>
            <numerusform>%n 件を本日付で見直し済みにしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) moved.</source>
        <translation>
            <numerusform>%n 件のライフサイクルを変更しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Return with Comment</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Say what has to be corrected (kept in the history):</source>
        <translation>修正してほしい点を記入してください（履歴に残ります）：</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied; paste them into Excel.</source>
        <translation>
            <numerusform>%n 行をコピーしました。Excel に貼り付けられます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Reloaded from the file.</source>
        <translation>ファイルから読み込み直しました。</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産一覧</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Export for Excel...</source>
        <translation>Excel 形式で書き出し(&amp;E)...</translation>
    </message>
    <message>
        <source>Submit to the &amp;Information Policy Division...</source>
        <translation>情報政策課へ提出(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Consolidation...</source>
        <translation>台帳の取りまとめ(&amp;C)...</translation>
    </message>
    <message>
        <source>C&amp;lose Fiscal Year...</source>
        <translation>年度を締める(&amp;L)...</translation>
    </message>
    <message>
        <source>Close Fiscal Year</source>
        <translation>年度を締める</translation>
    </message>
    <message>
        <source>Fiscal year to close (western year in which it starts; %1 is %2):</source>
        <translation>締める年度（年度が始まる西暦年。%1 は %2）：</translation>
    </message>
    <message>
        <source>Daicho registers (*.daicho *.sqlite)</source>
        <translation>Daicho 台帳 (*.daicho *.sqlite)</translation>
    </message>
    <message>
        <source>%1 is closed. Its frozen copy %2 can be opened, printed and compared, but not changed.</source>
        <translation>%1 を締めました。凍結した写し %2 は開く・印刷する・比較することはできますが、変更はできません。</translation>
    </message>
    <message>
        <source>&amp;Import from Excel...</source>
        <translation>Excel から取り込む(&amp;I)...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Compare &amp;with an Earlier Register...</source>
        <translation>以前の台帳と比較(&amp;W)...</translation>
    </message>
    <message>
        <source>Compare with an Earlier Register</source>
        <translation>以前の台帳と比較</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>バックアップ(&amp;B)...</translation>
    </message>
    <message>
        <source>Checking the register file for damage...</source>
        <translation>台帳ファイルに破損がないか確認しています…</translation>
    </message>
    <message>
        <source>The register has been closed; nothing in it was changed.</source>
        <translation>台帳を閉じました。台帳の内容は何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>daicho::Migrations</name>
    <message>
        <source>Updating the register to format %1 failed: %2</source>
        <translation>台帳を形式 %1 に更新できませんでした：%2</translation>
    </message>
</context>
<context>
    <name>daicho::OrgMatcher</name>
    <message>
        <source>The organisation code %1 is read as %2: a spreadsheet drops the leading zeros of a number.</source>
        <translation>組織コード %1 は %2 と読みました（表計算ソフトは数値の先頭の 0 を落とします）。</translation>
    </message>
    <message>
        <source>There is no organisation unit with code %1.</source>
        <translation>組織コード %1 の組織はありません。</translation>
    </message>
    <message>
        <source>Several organisation units are called %1: give the 組織コード instead.</source>
        <translation>%1 という組織が複数あります。組織コードで指定してください。</translation>
    </message>
    <message>
        <source>There is no organisation unit called %1 in this register.</source>
        <translation>この台帳に %1 という組織はありません。</translation>
    </message>
</context>
<context>
    <name>daicho::OrgTreeModel</name>
    <message>
        <source>All units</source>
        <translation>全庁</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Every unit of the register</source>
        <translation>台帳のすべての組織</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>組織コード %1</translation>
    </message>
    <message>
        <source>Code %1, abolished on %2</source>
        <translation>組織コード %1（%2 廃止）</translation>
    </message>
</context>
<context>
    <name>daicho::PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>全庁</translation>
    </message>
    <message>
        <source>The titles of the boxes, left to right, separated by |</source>
        <translation>決裁欄の役職を左から順に「|」で区切って入力します</translation>
    </message>
    <message>
        <source>&amp;Printout:</source>
        <translation>帳票(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>組織(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Approval block:</source>
        <translation>決裁欄(&amp;A)：</translation>
    </message>
    <message>
        <source>Approval &amp;titles:</source>
        <translation>決裁欄の役職(&amp;T)：</translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation>印刷プレビュー(&amp;V)...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>PDFに保存(&amp;D)...</translation>
    </message>
    <message>
        <source>One sheet for every current asset of the organisation chosen.</source>
        <translation>選んだ組織の現在の資産すべてについて、1件1枚の個票を出力します。</translation>
    </message>
    <message numerus="yes">
        <source>One sheet for each of the %n selected asset(s).</source>
        <translation>
            <numerusform>選択中の%n件の資産について、1件1枚の個票を出力します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The counts are those of the register&apos;s statistics; disposed assets are left out.</source>
        <translation>件数は台帳の集計と同じです（廃棄済みは含みません）。</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>印刷プレビュー：%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDFに保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 を保存しました（%nページ）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::Reclassification</name>
    <message>
        <source>No move from %1 to %2 is known; the assets keep their own scheme.</source>
        <translation>%1 から %2 への移行方法は定められていません。情報資産は元の分類基準のままです。</translation>
    </message>
    <message>
        <source>Confidentiality 3 becomes 3B with personal data, else 3A; 2 with sensitive or specific personal data becomes 3B, with other personal data 3C, else 2; 1 stays 1; integrity and availability keep their levels. Each moved asset is marked for confirmation.</source>
        <translation>機密性3は個人情報を含めば3B、それ以外は3A。機密性2は要配慮個人情報・特定個人情報を含めば3B、その他の個人情報を含めば3C、それ以外は2。機密性1は1のまま。完全性・可用性は変わりません。移行した情報資産はそれぞれ確認待ちになります。</translation>
    </message>
</context>
<context>
    <name>daicho::Register</name>
    <message>
        <source>The register is in use by someone else; try again in a moment (%1).</source>
        <translation>台帳はほかの人が使用中です。少し待ってからもう一度試してください（%1）。</translation>
    </message>
    <message>
        <source>The register could not be read or written (%1): %2</source>
        <translation>台帳を読み書きできませんでした（%1）：%2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>ファイル %1 を開けません：%2</translation>
    </message>
    <message>
        <source>%1 is not a Daicho register (it is not a database file). It was left unchanged.</source>
        <translation>%1 は台帳ファイルではありません（データベースファイルではありません）。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Daicho register. It was left unchanged.</source>
        <translation>%1 はデータベースですが、台帳ファイルではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Daicho (register format %2; this version reads up to %3). Please update Daicho. The file was left unchanged.</source>
        <translation>%1 は新しい版の台帳で作成されています（台帳形式 %2。この版で読めるのは形式 %3 まで）。台帳を更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 is an incomplete Daicho register. It was left unchanged.</source>
        <translation>%1 は不完全な台帳ファイルです。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The register %1 could not be opened: %2</source>
        <translation>台帳 %1 を開けませんでした：%2</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>start of change</source>
        <translation>変更の開始</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Unknown city profile &quot;%1&quot; (known: %2).</source>
        <translation>自治体プロファイル「%1」はありません（使えるもの：%2）。</translation>
    </message>
    <message>
        <source>Unknown classification scheme &quot;%1&quot;.</source>
        <translation>分類基準「%1」はありません。</translation>
    </message>
    <message>
        <source>%1 already exists; a new register is never written over an existing file.</source>
        <translation>%1 はすでにあります。新しい台帳で既存のファイルを上書きすることはありません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The new register could not be written to %1.</source>
        <translation>新しい台帳を %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left unchanged; restore it from a backup.</source>
        <translation>%1 は破損しています（%2）。ファイルは変更していません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1 was written by an older Daicho and must be updated, but the file is read-only.</source>
        <translation>%1 は古い版の台帳で作成されているため更新が必要ですが、ファイルが読み取り専用です。</translation>
    </message>
    <message>
        <source>Before updating %1 a backup copy is made, and that failed: %2</source>
        <translation>%1 を更新する前のバックアップ作成に失敗しました：%2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>schemes</source>
        <translation>分類基準</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>格付区分</translation>
    </message>
    <message>
        <source>handling restrictions</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>importance rules</source>
        <translation>重要度の規則</translation>
    </message>
    <message>
        <source>network segments</source>
        <translation>ネットワーク区分</translation>
    </message>
    <message>
        <source>An organisation unit needs a code and a name.</source>
        <translation>組織には組織コードと名称が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of organisation unit (use %2).</source>
        <translation>「%1」は組織の種類ではありません（%2 のいずれかを指定）。</translation>
    </message>
    <message>
        <source>The organisation code %1 is already used.</source>
        <translation>組織コード %1 はすでに使われています。</translation>
    </message>
    <message>
        <source>The parent organisation unit does not exist.</source>
        <translation>上位の組織がありません。</translation>
    </message>
    <message>
        <source>An organisation unit cannot end before it starts.</source>
        <translation>組織の廃止日を設置日より前にはできません。</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>There is no organisation unit with code %1.</source>
        <translation>組織コード %1 の組織はありません。</translation>
    </message>
    <message>
        <source>The asset&apos;s organisation unit does not exist.</source>
        <translation>情報資産の管理部署がありません。</translation>
    </message>
    <message>
        <source>There is no handling restriction %1.</source>
        <translation>取扱制限 %1 はありません。</translation>
    </message>
    <message>
        <source>Adding or removing the handling restriction %1 needs a reason.</source>
        <translation>取扱制限 %1 を追加・除外するには理由が必要です。</translation>
    </message>
    <message>
        <source>The asset %1 was not saved: %2</source>
        <translation>情報資産 %1 を保存できませんでした：%2</translation>
    </message>
    <message>
        <source>history</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>The asset number %1 is already used.</source>
        <translation>資産番号 %1 はすでに使われています。</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>情報資産 %1</translation>
    </message>
    <message>
        <source>The asset %1 was changed by someone else after you opened it. Reload it and make your change again.</source>
        <translation>情報資産 %1 は、開いた後にほかの人が変更しました。読み込み直してから、もう一度変更してください。</translation>
    </message>
    <message>
        <source>The asset %1 does not exist.</source>
        <translation>情報資産 %1 はありません。</translation>
    </message>
    <message>
        <source>The asset %1 has been disposed of; its record can no longer be changed.</source>
        <translation>情報資産 %1 は廃棄済みのため、記録を変更できません。</translation>
    </message>
    <message>
        <source>Stage and status change through their own actions, not an edit.</source>
        <translation>ライフサイクルと状態は編集ではなく、それぞれの操作で変更します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lifecycle stage (use %2).</source>
        <translation>「%1」はライフサイクルの段階ではありません（%2 のいずれかを指定）。</translation>
    </message>
    <message>
        <source>The asset %1 has already been disposed of.</source>
        <translation>情報資産 %1 はすでに廃棄済みです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a disposal method (use %2).</source>
        <translation>「%1」は廃棄方法ではありません（%2 のいずれかを指定）。</translation>
    </message>
    <message>
        <source>Disposal by a contractor records the certificate number.</source>
        <translation>委託による廃棄では廃棄証明書の番号を記録します。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（担当：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status that can be set (use draft, pending, approved or returned; disposal is a lifecycle stage).</source>
        <translation>「%1」は設定できる状態ではありません（draft（下書き）、pending（確認待ち）、approved（承認済）、returned（差戻し）のいずれか。廃棄はライフサイクルで行います）。</translation>
    </message>
    <message>
        <source>The asset %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>情報資産 %1 は「%2」から「%3」に変更できません。</translation>
    </message>
    <message>
        <source>Returning an asset needs a comment saying why.</source>
        <translation>差戻しには理由のコメントが必要です。</translation>
    </message>
    <message>
        <source>Table %1 row %2 refers to a missing %3 row.</source>
        <translation>表 %1 の行 %2 が、存在しない %3 の行を参照しています。</translation>
    </message>
    <message>
        <source>A change of several assets failed; none of them was changed.</source>
        <translation>複数資産の変更に失敗したため、いずれの資産も変更していません。</translation>
    </message>
    <message>
        <source>The asset %1 has already been withdrawn.</source>
        <translation>資産 %1 はすでに登録取消されています。</translation>
    </message>
    <message>
        <source>The asset %1 is not withdrawn.</source>
        <translation>資産 %1 は登録取消されていません。</translation>
    </message>
    <message>
        <source>Only a draft can be withdrawn; %1 is &quot;%2&quot;.</source>
        <translation>登録を取り消せるのは下書きだけです（%1 は「%2」です）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of: %3</source>
        <translation>%1：「%2」は次のいずれでもありません：%3</translation>
    </message>
    <message>
        <source>This register is the closed copy of %1 and cannot be changed; open the working register to make changes.</source>
        <translation>この台帳は %1 を締めた写しのため変更できません。変更は作業中の台帳を開いて行ってください。</translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation>%1 の写し</translation>
    </message>
    <message>
        <source>Closed %1: frozen copy %2.</source>
        <translation>%1 を締めました（凍結した写し：%2）。</translation>
    </message>
    <message>
        <source>%1 already exists; a closed fiscal year is never overwritten.</source>
        <translation>%1 は既にあります。締めた年度の写しは上書きしません。</translation>
    </message>
    <message>
        <source>The register is being changed by %1; nothing was changed. Try again when they have finished (%2).</source>
        <translation>台帳は %1 が変更中のため、何も変更していません。相手の作業が終わってからもう一度試してください（%2）。</translation>
    </message>
    <message>
        <source>The register file (or its folder) is read-only; nothing was changed.</source>
        <translation>台帳ファイル（またはそのフォルダー）は読み取り専用です。何も変更していません。</translation>
    </message>
    <message>
        <source>The disk holding the register is full; nothing was changed. Free some space and try again.</source>
        <translation>台帳のあるディスクがいっぱいのため、何も変更していません。空き容量を確保してからもう一度試してください。</translation>
    </message>
    <message>
        <source>The register could not be written to the disk (%1); nothing was changed.</source>
        <translation>台帳をディスクに書き込めませんでした（%1）。何も変更していません。</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>台帳を開く処理</translation>
    </message>
    <message>
        <source>The name of the municipality</source>
        <translation>団体名</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更していません。</translation>
    </message>
    <message>
        <source>The organisation code</source>
        <translation>組織コード</translation>
    </message>
    <message>
        <source>The organisation name</source>
        <translation>組織名</translation>
    </message>
</context>
<context>
    <name>daicho::RegisterExport</name>
    <message>
        <source>There is no organisation unit with code %1.</source>
        <translation>組織コード %1 の組織はありません。</translation>
    </message>
</context>
<context>
    <name>daicho::RegisterReport</name>
    <message>
        <source>Information Asset Register</source>
        <translation>情報資産管理台帳</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s), disposed assets not included. ○ marks personal data of that kind.</source>
        <translation>
            <numerusform>%n件（廃棄済みを除く）。個人情報の各欄の○は、その種類の個人情報を含むことを示します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::ReportPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>daicho::ReportRenderer</name>
    <message>
        <source>%1&#x3000;%2&#x3000;Base date: %3&#x3000;Created: %4</source>
        <translation>%1&#x3000;%2&#x3000;基準日：%3&#x3000;作成日：%4</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>… (see the register)</source>
        <translation>…（続きは台帳）</translation>
    </message>
</context>
<context>
    <name>daicho::ReportScope</name>
    <message>
        <source>%1 is not a fiscal year this register can print.</source>
        <translation>%1 はこの台帳で印刷できる年度ではありません。</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>全庁</translation>
    </message>
    <message>
        <source>There is no organisation unit with code %1.</source>
        <translation>組織コード %1 の組織はありません。</translation>
    </message>
    <message>
        <source>No confidentiality level</source>
        <translation>機密性未格付</translation>
    </message>
</context>
<context>
    <name>daicho::Reports</name>
    <message>
        <source>Register (A4 landscape)</source>
        <translation>情報資産管理台帳（A4横）</translation>
    </message>
    <message>
        <source>Committee summary (A4 landscape)</source>
        <translation>委員会向け集計表（A4横）</translation>
    </message>
    <message>
        <source>Asset sheets (A4 portrait, one per asset)</source>
        <translation>情報資産個票（A4縦、1件1枚）</translation>
    </message>
    <message>
        <source>Reviews due (A4 landscape)</source>
        <translation>見直し対象一覧（A4横）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of report (use %2).</source>
        <translation>「%1」という帳票はありません（%2 のいずれかを指定してください）。</translation>
    </message>
    <message>
        <source>There is no asset %1.</source>
        <translation>資産番号 %1 の資産はありません。</translation>
    </message>
    <message>
        <source>There are no assets to print a sheet for.</source>
        <translation>個票を出力する資産がありません。</translation>
    </message>
    <message>
        <source>Consolidation status of the fiscal year (A4 landscape)</source>
        <translation>年度の台帳提出状況（A4横）</translation>
    </message>
</context>
<context>
    <name>daicho::RestrictionOverridesWidget</name>
    <message>
        <source>What staff must do with this asset: the restrictions its levels imply, with the changes made for this asset.</source>
        <translation>この資産の取扱制限：格付から決まる制限に、この資産ごとの追加・除外を反映したもの。</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>追加(&amp;D)</translation>
    </message>
    <message>
        <source>Add the chosen restriction to this asset (needs a reason)</source>
        <translation>選んだ制限をこの資産に追加します（理由が必要です）</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>除外(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Ot&amp;her restriction:</source>
        <translation>ほかの制限(&amp;H)：</translation>
    </message>
    <message>
        <source>%1 (added: %2)</source>
        <translation>%1（追加：%2）</translation>
    </message>
    <message>
        <source>%1 (removed: %2)</source>
        <translation>%1（除外：%2）</translation>
    </message>
    <message>
        <source>Give a reason first: every change to the handling restrictions is recorded with its reason.</source>
        <translation>先に理由を入力してください。取扱制限の変更は理由とともに記録されます。</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>元に戻す(&amp;E)</translation>
    </message>
    <message>
        <source>Remove the selected restriction for this asset (needs a reason)</source>
        <translation>選んだ制限をこの資産から除外します（理由が必要です）</translation>
    </message>
    <message>
        <source>Undo this asset&apos;s change to the selected restriction</source>
        <translation>選んだ制限についての、この資産ごとの変更を取り消します</translation>
    </message>
    <message>
        <source>Needed to add or remove one</source>
        <translation>追加・除外するときに必要です</translation>
    </message>
</context>
<context>
    <name>daicho::ReviewReport</name>
    <message>
        <source>Reviews Due</source>
        <translation>見直し対象一覧</translation>
    </message>
    <message>
        <source>Reviews overdue on %1 or due by the end of %2: %3 asset(s), %4 of them overdue.</source>
        <translation>%1時点で見直し期限切れ、または%2末までに期限を迎える資産：%3件（うち期限切れ%4件）。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n day(s))</source>
        <translation>
            <numerusform>期限切れ（%n日超過）</numerusform>
        </translation>
    </message>
    <message>
        <source>Due this fiscal year</source>
        <translation>今年度中に期限</translation>
    </message>
    <message>
        <source>%1: %2 overdue, %3 due this fiscal year</source>
        <translation>%1：期限切れ%2件、今年度中に期限%3件</translation>
    </message>
</context>
<context>
    <name>daicho::RuleEngine</name>
    <message>
        <source>Every asset needs a name</source>
        <translation>情報資産名称は必須です</translation>
    </message>
    <message>
        <source>Every asset belongs to an organisation unit</source>
        <translation>情報資産には管理部署が必要です</translation>
    </message>
    <message>
        <source>The classification scheme must exist in the register</source>
        <translation>分類基準は台帳に登録されたものを使います</translation>
    </message>
    <message>
        <source>Each level must be one of the scheme&apos;s levels</source>
        <translation>格付は分類基準で定められた区分から選びます</translation>
    </message>
    <message>
        <source>Levels not yet decided (分類未確定): the section head decides</source>
        <translation>格付が未確定（分類未確定）：課長が決定します</translation>
    </message>
    <message>
        <source>The network segment must be one of the register&apos;s</source>
        <translation>ネットワーク区分は台帳に登録されたものを使います</translation>
    </message>
    <message>
        <source>Specific personal data (My Number) belongs on the My Number segment</source>
        <translation>特定個人情報はマイナンバー利用事務系で取り扱います</translation>
    </message>
    <message>
        <source>Confidentiality 2 or above should not be on the Internet segment</source>
        <translation>機密性2以上の情報はインターネット接続系に置きません</translation>
    </message>
    <message>
        <source>Paper and media of confidentiality 2 or above are kept locked</source>
        <translation>機密性2以上の紙・媒体は施錠して保管します</translation>
    </message>
    <message>
        <source>Availability 2 needs a backup and a recovery time target</source>
        <translation>可用性2にはバックアップと目標復旧時間が必要です</translation>
    </message>
    <message>
        <source>Personal data of 1,000 or more people needs a personal data file register number</source>
        <translation>本人の数が1,000人以上の個人情報には個人情報ファイル簿番号が必要です</translation>
    </message>
    <message>
        <source>Sensitive or specific personal data is personal data too</source>
        <translation>要配慮個人情報・特定個人情報は個人情報でもあります</translation>
    </message>
    <message>
        <source>Only confidentiality 1 may be published</source>
        <translation>公表できるのは機密性1の情報のみです</translation>
    </message>
    <message>
        <source>A disposal records date, person, method and approver</source>
        <translation>廃棄には廃棄日・担当者・方法・承認者を記録します</translation>
    </message>
    <message>
        <source>The review date has passed</source>
        <translation>見直し期限を過ぎています</translation>
    </message>
    <message>
        <source>The retention date cannot be before the registration date</source>
        <translation>保存期限は登録日より前にできません</translation>
    </message>
    <message>
        <source>Threat and vulnerability are rated 1 to 3</source>
        <translation>脅威・脆弱性は1〜3で評価します</translation>
    </message>
    <message>
        <source>Cloud services holding confidentiality 3 information should be ISMAP registered</source>
        <translation>機密性3の情報を扱うクラウドサービスはISMAP登録のものとします</translation>
    </message>
    <message>
        <source>The asset name is empty.</source>
        <translation>情報資産名称が入力されていません。</translation>
    </message>
    <message>
        <source>No organisation unit is set.</source>
        <translation>管理部署が設定されていません。</translation>
    </message>
    <message>
        <source>The classification scheme &quot;%1&quot; is not in this register.</source>
        <translation>分類基準「%1」はこの台帳に登録されていません。</translation>
    </message>
    <message>
        <source>%1 is not used by the scheme %2.</source>
        <translation>分類基準 %2 では%1を使いません。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a level of %3 (allowed: %4).</source>
        <translation>%1「%2」は %3 の格付にありません（選べるもの：%4）。</translation>
    </message>
    <message>
        <source>Classification is not complete (分類未確定); the section head decides the levels.</source>
        <translation>格付が済んでいません（分類未確定）。課長が格付を決定してください。</translation>
    </message>
    <message>
        <source>The network segment &quot;%1&quot; is not one of this register&apos;s segments.</source>
        <translation>ネットワーク区分「%1」はこの台帳の区分にありません。</translation>
    </message>
    <message>
        <source>Specific personal data is handled on &quot;%1&quot;, not on the My Number segment.</source>
        <translation>特定個人情報をマイナンバー利用事務系ではなく「%1」で取り扱っています。</translation>
    </message>
    <message>
        <source>Confidentiality %1 information is on the Internet segment.</source>
        <translation>機密性%1の情報がインターネット接続系にあります。</translation>
    </message>
    <message>
        <source>Paper or media of confidentiality %1 are not kept in a locked place.</source>
        <translation>機密性%1の紙・媒体が施錠保管されていません。</translation>
    </message>
    <message>
        <source>Availability 2 but neither a backup nor a recovery time target.</source>
        <translation>可用性2ですが、バックアップも目標復旧時間もありません。</translation>
    </message>
    <message>
        <source>Availability 2 but no backup.</source>
        <translation>可用性2ですが、バックアップがありません。</translation>
    </message>
    <message>
        <source>Availability 2 but no recovery time target.</source>
        <translation>可用性2ですが、目標復旧時間が決まっていません。</translation>
    </message>
    <message>
        <source>Personal data of %1 people needs an entry in the personal data file register.</source>
        <translation>本人の数が%1の個人情報は個人情報ファイル簿への登録が必要です。</translation>
    </message>
    <message>
        <source>Sensitive or specific personal data is marked, but personal data is not.</source>
        <translation>要配慮個人情報または特定個人情報が「有」ですが、個人情報が「無」になっています。</translation>
    </message>
    <message>
        <source>Confidentiality %1 information cannot be published; only confidentiality 1 may be.</source>
        <translation>機密性%1の情報は公表できません（公表できるのは機密性1のみ）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>廃棄日</translation>
    </message>
    <message>
        <source>person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>method</source>
        <translation>廃棄方法</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>The disposal record lacks: %1.</source>
        <translation>廃棄記録に不足があります：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The review was due on %1.</source>
        <translation>見直し期限（%1）を過ぎています。</translation>
    </message>
    <message>
        <source>The retention date %1 is before the registration date %2.</source>
        <translation>保存期限 %1 が登録日 %2 より前です。</translation>
    </message>
    <message>
        <source>Threat and vulnerability must be 1, 2 or 3.</source>
        <translation>脅威・脆弱性は 1、2、3 のいずれかです。</translation>
    </message>
    <message>
        <source>Confidentiality %1 information in a cloud service that is not ISMAP registered.</source>
        <translation>機密性%1の情報をISMAP未登録のクラウドサービスで扱っています。</translation>
    </message>
    <message>
        <source>Each text fits its field and holds no broken characters</source>
        <translation>各項目の文字数が上限以内で、壊れた文字を含まないこと</translation>
    </message>
</context>
<context>
    <name>daicho::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>This register</source>
        <translation>この台帳</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>団体名(&amp;O)：</translation>
    </message>
    <message>
        <source>Chosen when the register was created; it sets the network segments and rules.</source>
        <translation>台帳の作成時に選んだもので、ネットワーク区分と点検ルールを決めます。</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロファイル：</translation>
    </message>
    <message>
        <source>New assets are classified under this scheme; existing ones keep theirs.</source>
        <translation>新しい資産はこの基準で格付します。既存の資産はそれぞれの基準のままです。</translation>
    </message>
    <message>
        <source>Classification &amp;scheme:</source>
        <translation>分類基準(&amp;S)：</translation>
    </message>
    <message>
        <source> months</source>
        <translation>か月</translation>
    </message>
    <message>
        <source>&amp;Review interval:</source>
        <translation>見直し周期(&amp;R)：</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このパソコン</translation>
    </message>
    <message>
        <source>e.g. 保険年金課 山田</source>
        <translation>例：保険年金課 山田</translation>
    </message>
    <message>
        <source>Your &amp;name (for the history):</source>
        <translation>氏名（履歴に記録）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L)：</translation>
    </message>
    <message>
        <source>The organisation name cannot be empty.</source>
        <translation>団体名を入力してください。</translation>
    </message>
</context>
<context>
    <name>daicho::StageDialog</name>
    <message>
        <source>Lifecycle stage</source>
        <translation>ライフサイクルの変更</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（選択してください）</translation>
    </message>
    <message>
        <source>Required when a contractor disposes of it</source>
        <translation>委託業者による廃棄の場合は必須</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>ライフサイクル(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>担当者(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>廃棄方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>承認者(&amp;A)：</translation>
    </message>
    <message>
        <source>Certificate &amp;no.:</source>
        <translation>証明書番号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>コメント(&amp;C)：</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) will be moved. Disposal cannot be undone: the record is kept as it is and can no longer be edited.</source>
        <translation>
            <numerusform>%n 件が対象です。廃棄は元に戻せません。記録はそのまま保存され、以後は編集できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispose of assets</source>
        <translation>資産の廃棄</translation>
    </message>
    <message>
        <source>Enter the person.</source>
        <translation>担当者を入力してください。</translation>
    </message>
    <message>
        <source>Choose how it is disposed of.</source>
        <translation>廃棄方法を選んでください。</translation>
    </message>
    <message>
        <source>Enter who approved the disposal.</source>
        <translation>廃棄の承認者を入力してください。</translation>
    </message>
    <message>
        <source>Disposal by a contractor records the certificate number.</source>
        <translation>委託業者による廃棄では、廃棄証明書の番号を記録します。</translation>
    </message>
</context>
<context>
    <name>daicho::Submission</name>
    <message>
        <source>There is no organisation unit with code %1.</source>
        <translation>組織コード %1 の組織はありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a submission.</source>
        <translation>%1 は提出ファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>%1 is not a Daicho submission file.</source>
        <translation>%1 は Daicho の提出ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is damaged (unreadable at byte %2); ask the department to send it again.</source>
        <translation>%1 は破損しています（%2 バイト目から読めません）。提出元に再提出を依頼してください。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Daicho (submission format %2); update Daicho to read it.</source>
        <translation>%1 は新しい版の Daicho で書き出されています（提出形式 %2）。読み込むには Daicho を更新してください。</translation>
    </message>
    <message>
        <source>%1 was changed after Daicho wrote it, or is damaged: its checksum does not match. Ask the department to submit again.</source>
        <translation>%1 は Daicho が書き出した後に変更されたか、破損しています（チェックサムが一致しません）。提出元に再提出を依頼してください。</translation>
    </message>
    <message>
        <source>%1 lacks its organisation or its date; it cannot be consolidated.</source>
        <translation>%1 には組織または提出日時がないため、取りまとめできません。</translation>
    </message>
    <message>
        <source>%1 holds rows Daicho cannot read.</source>
        <translation>%1 には Daicho が読み取れない行があります。</translation>
    </message>
</context>
<context>
    <name>daicho::SubmissionIntake</name>
    <message>
        <source>consolidation</source>
        <translation>取りまとめ</translation>
    </message>
    <message>
        <source>An asset without a number (%1).</source>
        <translation>資産番号のない情報資産があります（%1）。</translation>
    </message>
    <message>
        <source>%1 appears twice in the submission.</source>
        <translation>%1 が提出ファイルに2回あります。</translation>
    </message>
    <message>
        <source>%1 is already in the city register, entered there directly.</source>
        <translation>%1 は全庁の台帳に直接登録されています。</translation>
    </message>
    <message>
        <source>%1 is already in the city register from %2&apos;s submission.</source>
        <translation>%1 は %2 の提出により全庁の台帳にあります。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset number(s) of %1&apos;s submission clash with the city register; nothing of it was taken in.</source>
        <translation>
            <numerusform>%1 の提出のうち %n 件の資産番号が全庁の台帳と重複しています。この提出は取り込みませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>submission of %1</source>
        <translation>%1 の提出</translation>
    </message>
    <message>
        <source>Consolidated from %1&apos;s submission of %2.</source>
        <translation>%1 の %2 の提出から取りまとめました。</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>情報資産 %1</translation>
    </message>
    <message>
        <source>No longer in %1&apos;s submission of %2.</source>
        <translation>%1 の %2 の提出に含まれなくなりました。</translation>
    </message>
</context>
<context>
    <name>daicho::SubmitDialog</name>
    <message>
        <source>Submit to the Information Policy Division</source>
        <translation>情報政策課へ提出</translation>
    </message>
    <message>
        <source>Submitting unit:</source>
        <translation>提出する組織：</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>&amp;Save Submission...</source>
        <translation>提出ファイルを保存(&amp;S)...</translation>
    </message>
    <message>
        <source>The file holds the unit&apos;s assets and those of the units below it, for %1, with your name, the time and a checksum: the information policy division takes it in with Consolidation.</source>
        <translation>提出ファイルには、%1 のこの組織と下位組織の情報資産を、提出者名・日時・チェックサムとともに記録します。情報政策課は「台帳の取りまとめ」で取り込みます。</translation>
    </message>
    <message>
        <source>Daicho submissions (*.json)</source>
        <translation>Daicho 提出ファイル (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%1 の %n 件を %2 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::SummaryReport</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Information Asset Summary</source>
        <translation>情報資産集計表</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部局</translation>
    </message>
    <message numerus="yes">
        <source>%n current asset(s) (disposed assets not included). The counts are those of &quot;daicho-cli stats&quot;.</source>
        <translation>
            <numerusform>現在の情報資産 %n件（廃棄済みを除く）。件数は「daicho-cli stats」の集計と一致します。</numerusform>
        </translation>
    </message>
    <message>
        <source>1. Assets by department and confidentiality</source>
        <translation>1. 部局別・機密性別の情報資産数</translation>
    </message>
    <message>
        <source>Assets by department and confidentiality</source>
        <translation>部局別・機密性別</translation>
    </message>
    <message>
        <source>2. Assets by department and integrity, availability</source>
        <translation>2. 部局別・完全性別／可用性別の情報資産数</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>3. Personal data by department</source>
        <translation>3. 部局別の個人情報を含む情報資産</translation>
    </message>
    <message>
        <source>An asset holding several kinds is counted in each; the total counts it once.</source>
        <translation>複数の種類を含む資産は各欄に数え、合計では1件と数えます。</translation>
    </message>
    <message>
        <source>Personal data by department</source>
        <translation>部局別の個人情報</translation>
    </message>
    <message>
        <source>4. Network segment and confidentiality</source>
        <translation>4. ネットワーク区分別・機密性別の情報資産数</translation>
    </message>
    <message>
        <source>Network segment</source>
        <translation>ネットワーク区分</translation>
    </message>
    <message>
        <source>Network segment and confidentiality</source>
        <translation>ネットワーク区分別・機密性別</translation>
    </message>
    <message>
        <source>5. Lifecycle stages and statuses</source>
        <translation>5. ライフサイクル段階・状態</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Assets by lifecycle stage</source>
        <translation>ライフサイクル段階別</translation>
    </message>
    <message>
        <source>6. Reviews overdue or due this fiscal year, by section</source>
        <translation>6. 課別の見直し期限（期限切れ・今年度中）</translation>
    </message>
    <message>
        <source>No section has a review overdue or due this fiscal year.</source>
        <translation>見直し期限切れ・今年度中に期限を迎える資産のある課はありません。</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>課</translation>
    </message>
    <message>
        <source>Overdue reviews by department</source>
        <translation>部局別の見直し期限切れ</translation>
    </message>
    <message>
        <source>7. Outsourced and cloud assets at confidentiality 2 and above</source>
        <translation>7. 機密性2以上の外部委託・クラウドサービス利用</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) at confidentiality 2 and above. An asset both outsourced and in the cloud is counted in each column; the total counts it once.</source>
        <translation>
            <numerusform>機密性2以上の資産 %n件。外部委託とクラウドの両方に当たる資産は各欄に数え、合計では1件と数えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Outsourced and cloud assets at confidentiality 2 and above</source>
        <translation>機密性2以上の外部委託・クラウド</translation>
    </message>
</context>
<context>
    <name>daicho::TableReader</name>
    <message>
        <source>There is no file &quot;%1&quot;.</source>
        <translation>ファイル「%1」がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file.</source>
        <translation>「%1」はフォルダーで、ファイルではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>「%1」を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: the file is empty.</source>
        <translation>「%1」は読み込めません: ファイルが空です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: it is %2 MB, more than the %3 MB a register file may be.</source>
        <translation>「%1」は読み込めません: %2 MB あり、台帳ファイルの上限 %3 MB を超えています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which Daicho cannot read. Open it in Excel and save it as .xlsx without a password, or as CSV.</source>
        <translation>「%1」は Excel 97-2003 形式（.xls）のブックか、パスワード付きのブックのため、Daicho では読み込めません。Excel で開き、パスワードなしの .xlsx 形式か CSV 形式で保存し直してください。</translation>
    </message>
</context>
<context>
    <name>daicho::TextRule</name>
    <message>
        <source>%1 holds a broken character at position %2 (an unpaired UTF-16 surrogate); type that character again.</source>
        <translation>%1 の %2 文字目に壊れた文字（対になっていない UTF-16 サロゲート）があります。その文字を入力し直してください。</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 が長すぎます（%2 文字。上限は %3 文字）。</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>daicho::Vocabulary</name>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>入手</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>利用</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保管</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>運搬</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公表</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Disposal recorded</source>
        <translation>廃棄済</translation>
    </message>
    <message>
        <source>Information (electronic)</source>
        <translation>情報(電子)</translation>
    </message>
    <message>
        <source>Information (paper)</source>
        <translation>情報(紙)</translation>
    </message>
    <message>
        <source>Information system</source>
        <translation>情報システム</translation>
    </message>
    <message>
        <source>Storage media</source>
        <translation>電磁的記録媒体</translation>
    </message>
    <message>
        <source>Terminals and equipment</source>
        <translation>端末・機器</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <source>System documents</source>
        <translation>システム関連文書</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>週次</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月次</translation>
    </message>
    <message>
        <source>By the system</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>In constant use</source>
        <translation>常用</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>永年</translation>
    </message>
    <message>
        <source>30 years</source>
        <translation>30年</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10年</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5年</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3年</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1年</translation>
    </message>
    <message>
        <source>Less than 1 year</source>
        <translation>1年未満</translation>
    </message>
    <message>
        <source>Pulping</source>
        <translation>溶解</translation>
    </message>
    <message>
        <source>Incineration</source>
        <translation>焼却</translation>
    </message>
    <message>
        <source>Shredding</source>
        <translation>シュレッダー</translation>
    </message>
    <message>
        <source>Physical destruction</source>
        <translation>物理破壊</translation>
    </message>
    <message>
        <source>Data erasure</source>
        <translation>データ消去</translation>
    </message>
    <message>
        <source>Contractor (with certificate)</source>
        <translation>委託(証明書)</translation>
    </message>
    <message>
        <source>Fewer than 1,000</source>
        <translation>1,000人未満</translation>
    </message>
    <message>
        <source>1,000 or more</source>
        <translation>1,000人以上</translation>
    </message>
    <message>
        <source>10,000 or more</source>
        <translation>1万人以上</translation>
    </message>
    <message>
        <source>100,000 or more</source>
        <translation>10万人以上</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>課</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>係</translation>
    </message>
    <message>
        <source>Administrative committee</source>
        <translation>行政委員会</translation>
    </message>
    <message>
        <source>Assembly secretariat</source>
        <translation>議会事務局</translation>
    </message>
    <message>
        <source>Public enterprise</source>
        <translation>公営企業</translation>
    </message>
    <message>
        <source>My Number segment</source>
        <translation>マイナンバー利用事務系</translation>
    </message>
    <message>
        <source>LGWAN segment</source>
        <translation>LGWAN接続系</translation>
    </message>
    <message>
        <source>Internet segment</source>
        <translation>インターネット接続系</translation>
    </message>
    <message>
        <source>School segment</source>
        <translation>学校情報接続系</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>スタンドアロン</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
</context>
<context>
    <name>daicho::XlsxPackage</name>
    <message>
        <source>the part %1 is missing</source>
        <translation>構成部品 %1 がありません</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked (%2)</source>
        <translation>%1 を展開できません（%2）</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB</source>
        <translation>%1 は展開すると %2 MB を超えます</translation>
    </message>
    <message>
        <source>a part declares a DTD</source>
        <translation>構成部品に DTD の宣言があります</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: %2, line %3</source>
        <translation>%1 は正しい XML ではありません: %2、%3 行目</translation>
    </message>
    <message>
        <source>%1 ends too early</source>
        <translation>%1 が途中で終わっています</translation>
    </message>
</context>
<context>
    <name>daicho::XlsxReader</name>
    <message>
        <source>a row lies beyond row %1</source>
        <translation>%1 行目より後ろに行があります</translation>
    </message>
    <message>
        <source>a cell lies outside any row</source>
        <translation>どの行にも属さないセルがあります</translation>
    </message>
    <message>
        <source>a cell in row %1 has no valid column</source>
        <translation>%1 行目に、列が正しくないセルがあります</translation>
    </message>
    <message>
        <source>cell %1%2 refers to a shared string the workbook does not have</source>
        <translation>セル %1%2 が、ブックにない共有文字列を参照しています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>「%1」は読み込めません: %2</translation>
    </message>
    <message>
        <source>it looks like an Excel workbook (.xlsx) but is damaged or incomplete (%1).</source>
        <translation>Excel ブック（.xlsx）のようですが、壊れているか、途中までしかありません（%1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>「%1」を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>it is an OpenDocument file (.ods), which Daicho cannot read. Save it as .xlsx or CSV and try again.</source>
        <translation>OpenDocument 形式（.ods）のファイルのため、Daicho では読み込めません。.xlsx 形式か CSV 形式で保存し直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>it is not a CSV or Excel file: it is a zip archive with no workbook inside.</source>
        <translation>CSV ファイルでも Excel ファイルでもありません: ブックを含まない ZIP ファイルです。</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>ブックにシートがありません</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no sheet named &quot;%2&quot;. Its sheets are: %3.</source>
        <translation>「%1」に「%2」という名前のシートはありません。シートは %3 です。</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is a chart, not a table.</source>
        <translation>シート「%1」はグラフで、表ではありません。</translation>
    </message>
    <message>
        <source>the workbook does not say where the sheet &quot;%1&quot; is</source>
        <translation>ブックにシート「%1」の場所が記録されていません</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; holds more than %2 cells, more than can be imported at once. Split it into smaller sheets.</source>
        <translation>シート「%1」のセルが %2 個を超えていて、一度に取り込める量を超えています。シートを分けてください。</translation>
    </message>
</context>
<context>
    <name>daicho::XlsxWriter</name>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>%1 に書き込めません：フォルダーがありません。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>ブック %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 %2: the text is longer than an Excel cell holds (32,767 characters).</source>
        <translation>%1 %2：Excel のセルに入る長さ（32,767 文字）を超えています。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>daicho::YearComparison</name>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <source>Level changed</source>
        <translation>格付変更</translation>
    </message>
</context>
<context>
    <name>daicho::YearComparisonReport</name>
    <message>
        <source>Comparison of Registers</source>
        <translation>台帳の年度比較</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>全庁</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2 件</translation>
    </message>
    <message>
        <source>From %1 to %2. %3.</source>
        <translation>%1 から %2 への変化：%3。</translation>
    </message>
    <message>
        <source>Asset number</source>
        <translation>資産番号</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2 件）</translation>
    </message>
</context>
</TS>
