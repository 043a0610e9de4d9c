<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Autosaver</name>
    <message>
        <source>Cannot write the recovery copy: {0}</source>
        <translation>无法写入恢复副本：{0}</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>waived by {0}: {1}</source>
        <translation>已由 {0} 豁免：{1}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>CellEditorDialog</name>
    <message>
        <source>Edit cell — {0} / {1}</source>
        <translation>编辑单元格 — {0} / {1}</translation>
    </message>
    <message>
        <source>Letters of {0} in {1}:</source>
        <translation>{0} 在 {1} 中的字母：</translation>
    </message>
    <message>
        <source>{letter} — {name}</source>
        <translation>{letter} — {name}</translation>
    </message>
    <message>
        <source>{letter} — {name}: {meaning}</source>
        <translation>{letter} — {name}：{meaning}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ChangedOnDiskBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Show the file as it is now on disk; your changes go</source>
        <translation>显示磁盘上该文件的当前内容；你的更改将被丢弃</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>保留我的版本(&amp;K)</translation>
    </message>
    <message>
        <source>Keep your matrix; saving it overwrites the file</source>
        <translation>保留你的矩阵；保存时将覆盖该文件</translation>
    </message>
    <message>
        <source>{0} was changed by another program. Reload it, or keep your version?</source>
        <translation>{0} 已被其他程序修改。要重新加载，还是保留你的版本？</translation>
    </message>
    <message>
        <source>{0} was deleted or moved by another program. Your matrix is still open; save it to write the file again.</source>
        <translation>{0} 已被其他程序删除或移动。你的矩阵仍处于打开状态，保存即可重新写入该文件。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 处更改</translation>
    </message>
    <message>
        <source>{0} changes</source>
        <translation>{0} 处更改</translation>
    </message>
    <message>
        <source>Compare: {0} and {1}</source>
        <translation>比较：{0} 与 {1}</translation>
    </message>
    <message>
        <source>Before: {0}</source>
        <translation>之前：{0}</translation>
    </message>
    <message>
        <source>After: {0}</source>
        <translation>之后：{0}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>+ added (after)</source>
        <translation>+ 新增（之后）</translation>
    </message>
    <message>
        <source>− removed (before)</source>
        <translation>− 删除（之前）</translation>
    </message>
    <message>
        <source>~ renamed, moved or regrouped · * a note</source>
        <translation>~ 改名、移动或换组 · * 备注</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>更改(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Take Changes…</source>
        <translation>采纳更改(&amp;T)…</translation>
    </message>
    <message>
        <source>Choose which of these changes to take into this matrix</source>
        <translation>选择要把哪些更改采纳到此矩阵中</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Note: {0}</source>
        <translation>备注：{0}</translation>
    </message>
    <message>
        <source>Group: {0}</source>
        <translation>分组：{0}</translation>
    </message>
</context>
<context>
    <name>CompareOps</name>
    <message>
        <source>{0} (open)</source>
        <translation>{0}（已打开）</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>与文件比较</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>snapshot “{0}” of {1}</source>
        <translation>{1} 的快照“{0}”</translation>
    </message>
    <message>
        <source>Take Changes from File</source>
        <translation>从文件采纳更改</translation>
    </message>
    <message>
        <source>Cannot take changes</source>
        <translation>无法采纳更改</translation>
    </message>
    <message>
        <source>{0} has no changes to take.</source>
        <translation>{0} 没有可采纳的更改。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected Error — RACI Editor</source>
        <translation>意外错误 — RACI 编辑器</translation>
    </message>
    <message>
        <source>Something went wrong inside RACI Editor. The program goes on running.</source>
        <translation>RACI 编辑器内部出现错误。程序会继续运行。</translation>
    </message>
    <message>
        <source>A recovery copy of your unsaved changes was written.</source>
        <translation>已为你未保存的更改写入恢复副本。</translation>
    </message>
    <message>
        <source>Save your work under a new name to be safe.</source>
        <translation>为安全起见，请用新名称保存你的工作。</translation>
    </message>
    <message>
        <source>The report was written to {0}</source>
        <translation>报告已写入 {0}</translation>
    </message>
    <message>
        <source>The report could not be written to a file; copy it from below.</source>
        <translation>无法将报告写入文件，请从下方复制。</translation>
    </message>
    <message>
        <source>Please send it to {0}</source>
        <translation>请将其发送至 {0}</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>{activity} / {role}: {before} → {after}</source>
        <translation>{activity} / {role}：{before} → {after}</translation>
    </message>
    <message>
        <source>{activity} / {role}: note {before} → {after}</source>
        <translation>{activity} / {role}：备注 {before} → {after}</translation>
    </message>
    <message>
        <source>Role added: {role}</source>
        <translation>新增角色：{role}</translation>
    </message>
    <message>
        <source>Role removed: {role}</source>
        <translation>删除角色：{role}</translation>
    </message>
    <message>
        <source>Role renamed: {before} → {after}</source>
        <translation>角色改名：{before} → {after}</translation>
    </message>
    <message>
        <source>Role moved: {role} (column {before} → {after})</source>
        <translation>角色移动：{role}（第 {before} 列 → 第 {after} 列）</translation>
    </message>
    <message>
        <source>Role regrouped: {role} ({before} → {after})</source>
        <translation>角色换组：{role}（{before} → {after}）</translation>
    </message>
    <message>
        <source>Activity added: {activity}</source>
        <translation>新增活动：{activity}</translation>
    </message>
    <message>
        <source>Activity removed: {activity}</source>
        <translation>删除活动：{activity}</translation>
    </message>
    <message>
        <source>Activity renamed: {before} → {after}</source>
        <translation>活动改名：{before} → {after}</translation>
    </message>
    <message>
        <source>Activity moved: {activity} (row {before} → {after})</source>
        <translation>活动移动：{activity}（第 {before} 行 → 第 {after} 行）</translation>
    </message>
    <message>
        <source>Activity regrouped: {activity} ({before} → {after})</source>
        <translation>活动换组：{activity}（{before} → {after}）</translation>
    </message>
    <message>
        <source>Title: {before} → {after}</source>
        <translation>标题：{before} → {after}</translation>
    </message>
    <message>
        <source>Matrix description: {before} → {after}</source>
        <translation>矩阵说明：{before} → {after}</translation>
    </message>
    <message>
        <source>Description of role {role}: {before} → {after}</source>
        <translation>角色 {role} 的说明：{before} → {after}</translation>
    </message>
    <message>
        <source>Holder of role {role}: {before} → {after}</source>
        <translation>角色 {role} 的担任人：{before} → {after}</translation>
    </message>
    <message>
        <source>Deputy of role {role}: {before} → {after}</source>
        <translation>角色 {role} 的代理人：{before} → {after}</translation>
    </message>
    <message>
        <source>Description of activity {activity}: {before} → {after}</source>
        <translation>活动 {activity} 的说明：{before} → {after}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（无分组）</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>there is already a role with id {id}</source>
        <translation>已存在 ID 为 {id} 的角色</translation>
    </message>
    <message>
        <source>there is already an activity with id {id}</source>
        <translation>已存在 ID 为 {id} 的活动</translation>
    </message>
    <message>
        <source>role position {index} is outside 0..{last}</source>
        <translation>角色位置 {index} 超出范围 0..{last}</translation>
    </message>
    <message>
        <source>activity position {index} is outside 0..{last}</source>
        <translation>活动位置 {index} 超出范围 0..{last}</translation>
    </message>
    <message>
        <source>snapshot position {index} is outside 0..{last}</source>
        <translation>快照位置 {index} 超出范围 0..{last}</translation>
    </message>
    <message>
        <source>a new order of the roles must name each role once</source>
        <translation>角色的新顺序必须列出每个角色且仅一次</translation>
    </message>
    <message>
        <source>a new order of the activities must name each activity once</source>
        <translation>活动的新顺序必须列出每个活动且仅一次</translation>
    </message>
    <message>
        <source>there is no waiver of {rule} for that finding</source>
        <translation>该问题没有 {rule} 的豁免</translation>
    </message>
    <message>
        <source>a waiver needs a reason and the name of who waived it</source>
        <translation>豁免需要填写理由和豁免人姓名</translation>
    </message>
    <message>
        <source>that {rule} finding is already waived</source>
        <translation>该 {rule} 问题已被豁免</translation>
    </message>
    <message>
        <source>a snapshot needs a name</source>
        <translation>快照需要名称</translation>
    </message>
    <message>
        <source>{n} cells</source>
        <translation>{n} 个单元格</translation>
    </message>
    <message>
        <source>cell of {role}</source>
        <translation>{role} 的单元格</translation>
    </message>
    <message>
        <source>Set {letters} on {where}</source>
        <translation>设置 {letters}：{where}</translation>
    </message>
    <message>
        <source>Clear {letters} on {where}</source>
        <translation>清除 {letters}：{where}</translation>
    </message>
    <message>
        <source>Clear {where}</source>
        <translation>清除 {where}</translation>
    </message>
    <message>
        <source>Cut {where}</source>
        <translation>剪切 {where}</translation>
    </message>
    <message>
        <source>Paste {n} cell</source>
        <translation>粘贴 {n} 个单元格</translation>
    </message>
    <message>
        <source>Paste {n} cells</source>
        <translation>粘贴 {n} 个单元格</translation>
    </message>
    <message>
        <source>Cycle 0 cells</source>
        <translation>循环切换 0 个单元格</translation>
    </message>
    <message>
        <source>Edit cell {activity} / {role}</source>
        <translation>编辑单元格 {activity} / {role}</translation>
    </message>
    <message>
        <source>Cannot paste: “{text}” (row {row}, column {column} of the copied cells) is not a letter of the {scheme} scheme ({alphabet}). Nothing was pasted.</source>
        <translation>无法粘贴：“{text}”（复制的单元格中第 {row} 行第 {column} 列）不是 {scheme} 方案中的字母（{alphabet}）。未粘贴任何内容。</translation>
    </message>
    <message>
        <source>There is no text to paste.</source>
        <translation>没有可粘贴的文本。</translation>
    </message>
    <message>
        <source>The copied block has {total} cells; {left} beyond the edge of the matrix were left out.</source>
        <translation>复制的区域共有 {total} 个单元格，其中 {left} 个超出矩阵边缘，已略去。</translation>
    </message>
    <message>
        <source>{label} (cut at the edge)</source>
        <translation>{label}（在边缘截断）</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{date} · {scheme} · {activities} · {roles}</source>
        <translation>{date} · {scheme} · {activities} · {roles}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>{name}: {meaning}</source>
        <translation>{name}：{meaning}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <source>Legend ({scheme}): {letters}</source>
        <translation>图例（{scheme}）：{letters}</translation>
    </message>
    <message>
        <source>Exported {date} · {scheme} · {activities} · {roles}</source>
        <translation>导出于 {date} · {scheme} · {activities} · {roles}</translation>
    </message>
    <message>
        <source>{letter} count</source>
        <translation>{letter} 计数</translation>
    </message>
    <message>
        <source>{letter} count per role</source>
        <translation>每个角色的 {letter} 计数</translation>
    </message>
    <message>
        <source>{letter} = {name}</source>
        <translation>{letter} = {name}</translation>
    </message>
    <message>
        <source>{letter} = {name}: {meaning}</source>
        <translation>{letter} = {name}：{meaning}</translation>
    </message>
    <message>
        <source>{scheme} letters</source>
        <translation>{scheme} 字母</translation>
    </message>
    <message>
        <source>{letters}. Combine them with /, e.g. R/A.</source>
        <translation>{letters}。可用 / 组合，例如 R/A。</translation>
    </message>
    <message>
        <source>Not a letter of the scheme</source>
        <translation>不是该方案的字母</translation>
    </message>
    <message>
        <source>Choose {scheme} letters from the list, e.g. R or R/A.</source>
        <translation>请从列表中选择 {scheme} 字母，例如 R 或 R/A。</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI 矩阵</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI 矩阵</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>{reason} ({by})</source>
        <translation>{reason}（{by}）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>担任人</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>字母</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>允许的值</translation>
    </message>
    <message>
        <source>{n} activity</source>
        <translation>{n} 个活动</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>{n} 个活动</translation>
    </message>
    <message>
        <source>{n} role</source>
        <translation>{n} 个角色</translation>
    </message>
    <message>
        <source>{n} roles</source>
        <translation>{n} 个角色</translation>
    </message>
</context>
<context>
    <name>ExportOps</name>
    <message>
        <source>Excel Workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation>Excel 工作簿(&amp;E)…</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>PNG Image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>PN&amp;G Image…</source>
        <translation>PNG 图像(&amp;G)…</translation>
    </message>
    <message>
        <source>Web Page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>&amp;Web Page…</source>
        <translation>网页(&amp;W)…</translation>
    </message>
    <message>
        <source>Markdown Table</source>
        <translation>Markdown 表格</translation>
    </message>
    <message>
        <source>&amp;Markdown Table…</source>
        <translation>Markdown 表格(&amp;M)…</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>导出 {format}</translation>
    </message>
    <message>
        <source>{format} (*{suffix})</source>
        <translation>{format} (*{suffix})</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Cannot export file</source>
        <translation>无法导出文件</translation>
    </message>
    <message>
        <source>An export is still being written</source>
        <translation>上一个导出仍在写入中</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>已导出 {file}</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>is not a text file in a known encoding (UTF-8, UTF-16, GB18030)</source>
        <translation>不是已知编码（UTF-8、UTF-16、GB18030）的文本文件</translation>
    </message>
    <message>
        <source>has more than {limit} cells; refused as unsafe</source>
        <translation>超过 {limit} 个单元格；出于安全考虑已拒绝</translation>
    </message>
    <message>
        <source>is not readable CSV: {error}</source>
        <translation>不是可读取的 CSV：{error}</translation>
    </message>
    <message>
        <source>holds no matrix: the file is empty</source>
        <translation>不包含矩阵：文件为空</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>cannot {doing}: {reason}</source>
        <translation>无法{doing}：{reason}</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>文件正被其他程序使用</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk quota is exhausted</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中的某一部分不是文件夹</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>the device reported an input/output error</source>
        <translation>设备报告了输入/输出错误</translation>
    </message>
    <message>
        <source>--sheet applies only to workbooks (.xlsx, .xlsm, .xls, .ods)</source>
        <translation>--sheet 仅适用于工作簿（.xlsx、.xlsm、.xls、.ods）</translation>
    </message>
    <message>
        <source>is not a spreadsheet (import reads {suffixes})</source>
        <translation>不是电子表格（可导入：{suffixes}）</translation>
    </message>
    <message>
        <source>cannot read {suffix} files (supported: {supported})</source>
        <translation>无法读取 {suffix} 文件（支持：{supported}）</translation>
    </message>
    <message>
        <source>cannot read {suffix} files in this version (supported: {supported})</source>
        <translation>此版本无法读取 {suffix} 文件（支持：{supported}）</translation>
    </message>
    <message>
        <source>cannot read files without an extension (supported: {supported})</source>
        <translation>无法读取没有扩展名的文件（支持：{supported}）</translation>
    </message>
    <message>
        <source>cannot write {suffix} files (supported: {supported})</source>
        <translation>无法写入 {suffix} 文件（支持：{supported}）</translation>
    </message>
    <message>
        <source>cannot write {suffix} files in this version (supported: {supported})</source>
        <translation>此版本无法写入 {suffix} 文件（支持：{supported}）</translation>
    </message>
    <message>
        <source>cannot write files without an extension (supported: {supported})</source>
        <translation>无法写入没有扩展名的文件（支持：{supported}）</translation>
    </message>
    <message>
        <source>sheet {sheet} is too large ({rows} rows × {columns} columns; the limit is {limit} cells)</source>
        <translation>工作表 {sheet} 过大（{rows} 行 × {columns} 列；上限为 {limit} 个单元格）</translation>
    </message>
    <message>
        <source>is protected with a password; password-protected workbooks are not supported</source>
        <translation>受密码保护；不支持受密码保护的工作簿</translation>
    </message>
    <message>
        <source>is not a readable workbook ({reason})</source>
        <translation>不是可读取的工作簿（{reason}）</translation>
    </message>
    <message>
        <source>is larger than {size} MB; not a RACI Editor file?</source>
        <translation>大于 {size} MB，可能不是 RACI 编辑器文件</translation>
    </message>
    <message>
        <source>is not valid JSON for RACI Editor: {reason}</source>
        <translation>不是 RACI 编辑器可用的有效 JSON：{reason}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte}); not a RACI Editor file?</source>
        <translation>不是 UTF-8 文本（第 {byte} 字节处），可能不是 RACI 编辑器文件</translation>
    </message>
    <message>
        <source>is empty; not a RACI Editor file</source>
        <translation>是空文件；不是 RACI 编辑器文件</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} at line {line}, column {column}</source>
        <translation>不是有效的 JSON：{error}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套层级过深</translation>
    </message>
    <message>
        <source>a number is far too long</source>
        <translation>某个数字过长</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>键 {key} 在同一对象中出现了两次</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>{place}: {value} is not allowed; numbers must be finite</source>
        <translation>{place}：不允许使用 {value}；数字必须是有限值</translation>
    </message>
    <message>
        <source>{place}: holds an unpaired \u surrogate escape, not a character</source>
        <translation>{place}：含有未配对的 \u 代理项转义，而不是字符</translation>
    </message>
    <message>
        <source>{place}: a key holds an unpaired \u surrogate escape</source>
        <translation>{place}：某个键含有未配对的 \u 代理项转义</translation>
    </message>
    <message>
        <source>is not a RACI Editor file: the top level must be a JSON object</source>
        <translation>不是 RACI 编辑器文件：顶层必须是 JSON 对象</translation>
    </message>
    <message>
        <source>is not a RACI Editor file: schema_version is missing</source>
        <translation>不是 RACI 编辑器文件：缺少 schema_version</translation>
    </message>
    <message>
        <source>schema_version: must be a whole number from 1 up</source>
        <translation>schema_version：必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>was written by a newer RACI Editor (schema version {version}; this version reads up to {supported}); please update the program</source>
        <translation>由较新版本的 RACI 编辑器写入（文件格式版本 {version}，此版本最多只能读取 {supported}）；请更新程序</translation>
    </message>
    <message>
        <source>snapshots: must be a list</source>
        <translation>snapshots：必须是列表</translation>
    </message>
    <message>
        <source>scheme: unknown scheme {name} (built in: {known}; or a custom object)</source>
        <translation>scheme：未知方案 {name}（内置方案：{known}；或使用自定义方案对象）</translation>
    </message>
    <message>
        <source>scheme: must be a scheme name or a scheme object</source>
        <translation>scheme：必须是方案名称或方案对象</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>不是已知字段</translation>
    </message>
    <message>
        <source>must be letters like &quot;R/A&quot; or an object</source>
        <translation>必须是类似“R/A”的字母或对象</translation>
    </message>
    <message>
        <source>rules: must be an object of rule id -&gt; setting</source>
        <translation>rules：必须是“规则 ID -&gt; 设置”形式的对象</translation>
    </message>
    <message>
        <source>{place}: unknown rule (known: {known})</source>
        <translation>{place}：未知规则（已知规则：{known}）</translation>
    </message>
    <message>
        <source>must be error, warning or info</source>
        <translation>必须是 error、warning 或 info</translation>
    </message>
    <message>
        <source>waivers: must be a list</source>
        <translation>waivers：必须是列表</translation>
    </message>
    <message>
        <source>is larger than {size} MB</source>
        <translation>大于 {size} MB</translation>
    </message>
    <message>
        <source>cannot start the reader ({error})</source>
        <translation>无法启动读取程序（{error}）</translation>
    </message>
    <message>
        <source>is not a readable workbook (the reader gave no answer)</source>
        <translation>不是可读取的工作簿（读取程序没有返回结果）</translation>
    </message>
    <message>
        <source>could not be read within {seconds} seconds; reading stopped</source>
        <translation>无法在 {seconds} 秒内读取完毕；已停止读取</translation>
    </message>
    <message>
        <source>needs more than {size} MB of memory to read; refused as unsafe</source>
        <translation>读取需要超过 {size} MB 内存；出于安全考虑已拒绝</translation>
    </message>
    <message>
        <source>is not a readable workbook (the reader stopped with code {code})</source>
        <translation>不是可读取的工作簿（读取程序以代码 {code} 退出）</translation>
    </message>
    <message>
        <source>no RACI matrix found in {name}: {reason}</source>
        <translation>在 {name} 中未找到 RACI 矩阵：{reason}</translation>
    </message>
    <message>
        <source>holds no sheets</source>
        <translation>不包含任何工作表</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is an .xlsx or .ods workbook named .xls; rename it</source>
        <translation>是 .xlsx 或 .ods 工作簿，却以 .xls 命名；请重命名</translation>
    </message>
    <message>
        <source>is not an Excel 97-2003 workbook (perhaps a web page or text)</source>
        <translation>不是 Excel 97-2003 工作簿（可能是网页或文本）</translation>
    </message>
    <message>
        <source>is an Excel 97-2003 workbook (.xls) named {suffix}; rename it</source>
        <translation>是 Excel 97-2003 工作簿（.xls），却以 {suffix} 命名；请重命名</translation>
    </message>
    <message>
        <source>is not a {suffix} workbook (it is not a zip package)</source>
        <translation>不是 {suffix} 工作簿（不是 zip 包）</translation>
    </message>
    <message>
        <source>is damaged: not a complete {suffix} package</source>
        <translation>已损坏：不是完整的 {suffix} 包</translation>
    </message>
    <message>
        <source>has more than {limit} parts; refused as unsafe</source>
        <translation>包含超过 {limit} 个部件；出于安全考虑已拒绝</translation>
    </message>
    <message>
        <source>expands to more than {size} MB; refused as unsafe</source>
        <translation>解压后超过 {size} MB；出于安全考虑已拒绝</translation>
    </message>
    <message>
        <source>holds two parts with the same name; refused as unsafe</source>
        <translation>包含两个同名部件；出于安全考虑已拒绝</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>unexpected {0}: {1}</source>
        <translation>意外错误（{0}）：{1}</translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation>无法打开模板</translation>
    </message>
    <message>
        <source>RACI matrices and spreadsheets</source>
        <translation>RACI 矩阵和电子表格</translation>
    </message>
    <message>
        <source>RACI matrices</source>
        <translation>RACI 矩阵</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Open Matrix</source>
        <translation>打开矩阵</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Import Spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>Cannot import file</source>
        <translation>无法导入文件</translation>
    </message>
    <message>
        <source>{0} holds no activities to import</source>
        <translation>{0} 中没有可导入的活动</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>导入 {0}</translation>
    </message>
    <message>
        <source>Imported {0} activity from {1}</source>
        <translation>已从 {1} 导入 {0} 个活动</translation>
    </message>
    <message>
        <source>Imported {0} activities from {1}</source>
        <translation>已从 {1} 导入 {0} 个活动</translation>
    </message>
    <message>
        <source>{0}: no such file; removed from the recent files</source>
        <translation>{0}：文件不存在，已从最近文件列表中移除</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0}（未找到）</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>没有最近文件</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI 矩阵</translation>
    </message>
    <message>
        <source>CSV grid</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <source>Save Matrix As</source>
        <translation>矩阵另存为</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>另存为 CSV</translation>
    </message>
    <message>
        <source>A CSV file keeps the grid and the activity groups only: notes, descriptions, role groups and holders and the matrix title are not saved. Save as {0} anyway?</source>
        <translation>CSV 文件只保存表格和活动分组：备注、说明、角色分组、担任人以及矩阵标题都不会保存。仍然另存为 {0} 吗？</translation>
    </message>
    <message>
        <source>Cannot save file</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <source>Cannot reload file</source>
        <translation>无法重新加载文件</translation>
    </message>
    <message>
        <source>Reloaded {0}</source>
        <translation>已重新加载 {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in names, groups and notes</source>
        <translation>在名称、分组和备注中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配项（F3）</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>{0} match</source>
        <translation>{0} 个匹配项</translation>
    </message>
    <message>
        <source>{0} matches</source>
        <translation>{0} 个匹配项</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>第 {0} 个，共 {1} 个</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>The waiver of {rule} (by {by}: {reason}) matches no current finding; remove it.</source>
        <translation>{rule} 的豁免（{by}：{reason}）已不对应任何当前问题，请将其删除。</translation>
    </message>
    <message>
        <source>No role is {letter} for this activity.</source>
        <translation>此活动没有角色担任“{letter}”。</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first}/{second}</translation>
    </message>
    <message>
        <source>{count} roles are {letter} ({roles}); there should be exactly one.</source>
        <translation>有 {count} 个角色担任“{letter}”（{roles}）；应当只有一个。</translation>
    </message>
    <message>
        <source>{count} roles are {letter}; more than {limit} is too many.</source>
        <translation>有 {count} 个角色担任“{letter}”，超过上限 {limit} 个。</translation>
    </message>
    <message>
        <source>Every role has a letter on this activity.</source>
        <translation>每个角色在此活动上都有字母。</translation>
    </message>
    <message>
        <source>This role is both {first} and {second}.</source>
        <translation>此角色同时担任“{first}”和“{second}”。</translation>
    </message>
    <message>
        <source>This role has no letter on any activity.</source>
        <translation>此角色在所有活动上都没有字母。</translation>
    </message>
    <message>
        <source>This role is never {letters}.</source>
        <translation>此角色从未担任“{letters}”。</translation>
    </message>
    <message>
        <source>{letters} on {count} of {total} activities ({percent} %), more than {limit} %.</source>
        <translation>担任“{letters}”的活动有 {count} 个，占全部 {total} 个活动的 {percent}%，超过 {limit}%。</translation>
    </message>
    <message>
        <source>This role has a letter on every activity.</source>
        <translation>此角色在每个活动上都有字母。</translation>
    </message>
    <message>
        <source>Same name as activity {number}.</source>
        <translation>与第 {number} 个活动同名。</translation>
    </message>
    <message>
        <source>Same name as role {number}.</source>
        <translation>与第 {number} 个角色同名。</translation>
    </message>
    <message>
        <source>Read as a RACI Editor export from sheet {sheet}: ids, notes, descriptions, rule settings and waivers kept; {activities} activities, {roles} roles.</source>
        <translation>已按 RACI 编辑器导出文件从工作表 {sheet} 读取：保留了 ID、备注、说明、规则设置和豁免；共 {activities} 个活动、{roles} 个角色。</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>(no group)</source>
        <translation>（无分组）</translation>
    </message>
    <message>
        <source>Leave empty for no group.</source>
        <translation>留空表示不分组。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Transposed layout: row {row} heads one column per letter ({letters}) holding role names.</source>
        <translation>转置布局：第 {row} 行是标题行，每个字母占一列（{letters}），列中为角色名称。</translation>
    </message>
    <message>
        <source>{roles}, {activities} in column {column}.</source>
        <translation>{roles}；{activities}，位于 {column} 列。</translation>
    </message>
    <message>
        <source>the rows do not pair activities with several roles</source>
        <translation>各行没有把活动与多个角色对应起来</translation>
    </message>
    <message>
        <source>Long layout: one row per activity and role; activities in column {activity}, roles in {role}, letters in {letters}.</source>
        <translation>长表布局：每个活动与角色占一行；活动在 {activity} 列，角色在 {role} 列，字母在 {letters} 列。</translation>
    </message>
    <message>
        <source>{roles}, {activities}.</source>
        <translation>{roles}，{activities}。</translation>
    </message>
    <message>
        <source>{rows} skipped: numbers under the roles (totals or counts).</source>
        <translation>已跳过{rows}：角色下是数字（合计或计数）。</translation>
    </message>
    <message>
        <source>{rows} skipped: the legend.</source>
        <translation>已跳过{rows}：图例。</translation>
    </message>
    <message>
        <source>Row {row} was skipped: words, not letters, under the roles.</source>
        <translation>已跳过第 {row} 行：角色下是文字而不是字母。</translation>
    </message>
    <message>
        <source>{rows} below the matrix ignored.</source>
        <translation>已忽略矩阵下方的{rows}。</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>Rows {first}–{last}</source>
        <translation>第 {first}–{last} 行</translation>
    </message>
    <message>
        <source>Rows {rows}</source>
        <translation>第 {rows} 行</translation>
    </message>
    <message>
        <source>Cell {place}: {text} holds a look-alike character from another alphabet; it was read as {letters}.</source>
        <translation>单元格 {place}：{text} 含有来自其他字母表的形似字符，已读作 {letters}。</translation>
    </message>
    <message>
        <source>Cell {place}: {text} is not a letter of the {scheme} scheme; it is kept as the cell&apos;s note.</source>
        <translation>单元格 {place}：{text} 不是 {scheme} 方案的字母，已保留为该单元格的备注。</translation>
    </message>
    <message>
        <source>{text} is not a letter of the {scheme} scheme; it is kept as the cell&apos;s note.</source>
        <translation>{text} 不是 {scheme} 方案的字母，已保留为该单元格的备注。</translation>
    </message>
    <message>
        <source>Row {row} was skipped: it has letters but no activity name.</source>
        <translation>已跳过第 {row} 行：该行有字母，但没有活动名称。</translation>
    </message>
    <message>
        <source>{first} {rest}</source>
        <translation>{first}{rest}</translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 个角色</translation>
    </message>
    <message>
        <source>{n} roles</source>
        <translation>{n} 个角色</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 个活动</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>{n} 个活动</translation>
    </message>
    <message>
        <source>no column holds R/A/C/I letters</source>
        <translation>没有任何列含有 R/A/C/I 字母</translation>
    </message>
    <message>
        <source>no row holds R/A/C/I letters</source>
        <translation>没有任何行含有 R/A/C/I 字母</translation>
    </message>
    <message>
        <source>the only columns with letters are notes or status columns</source>
        <translation>含有字母的列都是备注列或状态列</translation>
    </message>
    <message>
        <source>no column of activity names left of the roles in column {column}</source>
        <translation>{column} 列的角色左侧没有活动名称列</translation>
    </message>
    <message>
        <source>the file has no sheets</source>
        <translation>文件中没有工作表</translation>
    </message>
    <message>
        <source>no sheet named {sheet} (sheets: {sheets})</source>
        <translation>没有名为 {sheet} 的工作表（现有工作表：{sheets}）</translation>
    </message>
    <message>
        <source>sheet {sheet}: {reason}</source>
        <translation>工作表 {sheet}：{reason}</translation>
    </message>
    <message>
        <source>{sheet}: {reason}</source>
        <translation>{sheet}：{reason}</translation>
    </message>
    <message>
        <source>the only sheet</source>
        <translation>唯一的工作表</translation>
    </message>
    <message>
        <source>the only sheet with a matrix</source>
        <translation>唯一含有矩阵的工作表</translation>
    </message>
    <message>
        <source>the most letters ({n})</source>
        <translation>字母最多，共 {n} 个</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <source>{reasons}; and {n} more sheets</source>
        <translation>{reasons}；以及其他 {n} 个工作表</translation>
    </message>
    <message>
        <source>Sheet {sheet} was read ({reason}).</source>
        <translation>已读取工作表 {sheet}（{reason}）。</translation>
    </message>
    <message>
        <source>no activity rows under the header</source>
        <translation>标题行下没有活动行</translation>
    </message>
    <message>
        <source>most cells under the roles ({unknown} of {filled}) are not letters of a RACI-like scheme</source>
        <translation>角色下的大多数单元格（{filled} 个中有 {unknown} 个）不是类 RACI 方案的字母</translation>
    </message>
    <message>
        <source>the activity column holds numbers or times, not activity names</source>
        <translation>活动列中是数字或时间，而不是活动名称</translation>
    </message>
    <message>
        <source>only one column holds letters, among other data</source>
        <translation>只有一列含有字母，且夹在其他数据之间</translation>
    </message>
    <message>
        <source>the codes under the roles ({codes}) are not shared by the roles as RACI letters are</source>
        <translation>角色下的代码（{codes}）不像 RACI 字母那样由各角色共用</translation>
    </message>
    <message>
        <source>No header row was found: the roles are numbered.</source>
        <translation>未找到标题行：角色按编号命名。</translation>
    </message>
    <message>
        <source>Role names are on row {row}.</source>
        <translation>角色名称在第 {row} 行。</translation>
    </message>
    <message>
        <source>Role names are on row {row}, their groups on row {groups}.</source>
        <translation>角色名称在第 {row} 行，其分组在第 {groups} 行。</translation>
    </message>
    <message>
        <source>1 role in column {first}; activities in column {activity}.</source>
        <translation>1 个角色位于 {first} 列；活动位于 {activity} 列。</translation>
    </message>
    <message>
        <source>{n} roles in columns {first}–{last}; activities in column {activity}.</source>
        <translation>{n} 个角色位于 {first}–{last} 列；活动位于 {activity} 列。</translation>
    </message>
    <message>
        <source>1 role column without a name: called Role N.</source>
        <translation>1 个角色列没有名称：命名为 Role N。</translation>
    </message>
    <message>
        <source>{n} role columns without a name: called Role N.</source>
        <translation>{n} 个角色列没有名称：命名为 Role N。</translation>
    </message>
    <message>
        <source>Activity groups come from column {column}.</source>
        <translation>活动分组取自 {column} 列。</translation>
    </message>
    <message>
        <source>Columns not used: {columns}.</source>
        <translation>未使用的列：{columns}。</translation>
    </message>
    <message>
        <source>1 activity.</source>
        <translation>共 1 个活动。</translation>
    </message>
    <message>
        <source>{n} activities.</source>
        <translation>共 {n} 个活动。</translation>
    </message>
    <message>
        <source>{column} ({header})</source>
        <translation>{column}（{header}）</translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation>按你的选择</translation>
    </message>
    <message>
        <source>custom letters {letters}</source>
        <translation>自定义字母 {letters}</translation>
    </message>
    <message>
        <source>reads the most cells; {n} other texts are kept as notes</source>
        <translation>能读取的单元格最多；另有 {n} 个文本保留为备注</translation>
    </message>
    <message>
        <source>Scheme {scheme}: {reason}.</source>
        <translation>方案 {scheme}：{reason}。</translation>
    </message>
    <message>
        <source>{letter} ({name})</source>
        <translation>{letter}（{name}）</translation>
    </message>
    <message>
        <source>the cells use R, A, C and I</source>
        <translation>单元格中使用 R、A、C 和 I</translation>
    </message>
    <message>
        <source>the cells use {letters}</source>
        <translation>单元格中使用 {letters}</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import {0}</source>
        <translation>导入 {0}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>The row that holds the role names</source>
        <translation>包含角色名称的行</translation>
    </message>
    <message>
        <source>Detect All Again</source>
        <translation>全部重新检测</translation>
    </message>
    <message>
        <source>Forget your choices and let the importer decide</source>
        <translation>清除你的选择，由导入程序自动判断</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>标题行(&amp;H)：</translation>
    </message>
    <message>
        <source>S&amp;cheme:</source>
        <translation>方案(&amp;C)：</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>unexpected {0}: {1}</source>
        <translation>意外错误（{0}）：{1}</translation>
    </message>
    <message>
        <source>No RACI matrix found in {0}: {1}</source>
        <translation>在 {0} 中未找到 RACI 矩阵：{1}</translation>
    </message>
    <message>
        <source>{0} activities and {1} roles will be imported, read as {2}.</source>
        <translation>将导入 {0} 个活动和 {1} 个角色，按 {2} 方案读取。</translation>
    </message>
    <message>
        <source>Detect ({0})</source>
        <translation>自动检测（{0}）</translation>
    </message>
    <message>
        <source>Nothing can be imported yet</source>
        <translation>暂时没有可导入的内容</translation>
    </message>
    <message>
        <source>Pick another sheet or the row that holds the role names, or right-click a column to say what it holds.</source>
        <translation>请选择其他工作表或包含角色名称的行，或右键单击某列以指定其内容。</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>导入时的判断</translation>
    </message>
    <message>
        <source>Found while reading ({0})</source>
        <translation>读取时发现的问题（{0}）</translation>
    </message>
    <message>
        <source>Nothing unusual was found in the cells.</source>
        <translation>单元格中未发现异常。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>{0} (group {1})</source>
        <translation>{0}（分组 {1}）</translation>
    </message>
    <message>
        <source>Header row: the role names</source>
        <translation>标题行：角色名称</translation>
    </message>
    <message>
        <source>Role groups above or below the role names</source>
        <translation>角色名称上方或下方的角色分组</translation>
    </message>
    <message>
        <source>Group row: names the group of the activities below</source>
        <translation>分组行：为下方的活动指定分组</translation>
    </message>
    <message>
        <source>Legend: not imported</source>
        <translation>图例：不导入</translation>
    </message>
    <message>
        <source>Skipped: not imported</source>
        <translation>已跳过：不导入</translation>
    </message>
    <message>
        <source>Outside the matrix: not imported</source>
        <translation>矩阵之外：不导入</translation>
    </message>
    <message>
        <source>Activity names</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Activity groups</source>
        <translation>活动分组</translation>
    </message>
    <message>
        <source>A role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Ignored: not imported</source>
        <translation>已忽略：不导入</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <source>Column {0}</source>
        <translation>{0} 列</translation>
    </message>
    <message>
        <source>Column {0}: {1}</source>
        <translation>{0} 列：{1}</translation>
    </message>
    <message>
        <source>Column {0}: the role “{1}”</source>
        <translation>{0} 列：角色“{1}”</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>（你的选择）</translation>
    </message>
    <message>
        <source>Right-click to choose what this column holds.</source>
        <translation>右键单击以选择此列的内容。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Detect Automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>标题行</translation>
    </message>
    <message>
        <source>Role groups</source>
        <translation>角色分组</translation>
    </message>
    <message>
        <source>Group row</source>
        <translation>分组行</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Right-click a column to say what it holds.</source>
        <translation>右键单击某列以指定其内容。</translation>
    </message>
</context>
<context>
    <name>InfoDialog</name>
    <message>
        <source>Matrix Title and Description</source>
        <translation>矩阵标题和说明</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>RACI Editor will speak {language} when it starts again.</source>
        <translation>重新启动后，RACI 编辑器将使用 {language} 界面。</translation>
    </message>
    <message>
        <source>Restart now? You will be asked to save unsaved changes first.</source>
        <translation>现在重新启动吗？重启前会先询问是否保存未保存的更改。</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LaunchCheck</name>
    <message>
        <source>Not ready: {0} error blocks the launch</source>
        <translation>尚未就绪：{0} 个错误阻碍发布</translation>
    </message>
    <message>
        <source>Not ready: {0} errors block the launch</source>
        <translation>尚未就绪：{0} 个错误阻碍发布</translation>
    </message>
    <message>
        <source>Ready, with {0} warning</source>
        <translation>可以发布，但有 {0} 个警告</translation>
    </message>
    <message>
        <source>Ready, with {0} warnings</source>
        <translation>可以发布，但有 {0} 个警告</translation>
    </message>
    <message>
        <source>Ready: no problems</source>
        <translation>可以发布：没有问题</translation>
    </message>
    <message>
        <source>Errors that block ({0})</source>
        <translation>阻碍发布的错误（{0}）</translation>
    </message>
    <message>
        <source>Warnings ({0})</source>
        <translation>警告（{0}）</translation>
    </message>
    <message>
        <source>Notes ({0})</source>
        <translation>提示（{0}）</translation>
    </message>
    <message>
        <source>[stale: no such finding any more] {0}</source>
        <translation>【已失效：该问题已不存在】{0}</translation>
    </message>
    <message>
        <source>“{0}” — waived by {1}</source>
        <translation>“{0}” — 豁免人：{1}</translation>
    </message>
    <message>
        <source>Untitled matrix</source>
        <translation>未命名矩阵</translation>
    </message>
    <message>
        <source>Ready to launch? {0}</source>
        <translation>可以发布了吗？{0}</translation>
    </message>
    <message>
        <source>- {rule} · {place}: {message}</source>
        <translation>- {rule} · {place}：{message}</translation>
    </message>
    <message>
        <source>Waivers ({0})</source>
        <translation>豁免（{0}）</translation>
    </message>
    <message>
        <source>- {what}: {why}</source>
        <translation>- {what}：{why}</translation>
    </message>
    <message>
        <source>Every rule passes and nothing is waived.</source>
        <translation>所有规则均已通过，且没有任何豁免。</translation>
    </message>
</context>
<context>
    <name>LaunchCheckDialog</name>
    <message>
        <source>Ready to Launch?</source>
        <translation>可以发布了吗？</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>复制为文本(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the summary, e.g. for a launch e-mail</source>
        <translation>复制摘要，例如用于发布邮件</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>must not be blank</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>a letter must be one capital letter A-Z, not {value!r}</source>
        <translation>字母必须是 A-Z 中的一个大写字母，不能是 {value!r}</translation>
    </message>
    <message>
        <source>letter {letter!r} is defined twice</source>
        <translation>字母 {letter!r} 定义了两次</translation>
    </message>
    <message>
        <source>{part} letter {letter!r} is not one of the scheme&apos;s letters</source>
        <translation>{part} 字母 {letter!r} 不是该方案中的字母</translation>
    </message>
    <message>
        <source>{letters} is not a letter of the {scheme} scheme ({alphabet})</source>
        <translation>{letters} 不是 {scheme} 方案中的字母（{alphabet}）</translation>
    </message>
    <message>
        <source>{letters} are not letters of the {scheme} scheme ({alphabet})</source>
        <translation>{letters} 不是 {scheme} 方案中的字母（{alphabet}）</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责</translation>
    </message>
    <message>
        <source>Does the work to complete the activity.</source>
        <translation>执行完成该活动所需的工作。</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Answers for the outcome and signs it off; exactly one per activity.</source>
        <translation>对结果负最终责任并签字确认；每个活动有且仅有一个。</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Gives input before the work is done; two-way communication.</source>
        <translation>在工作完成前提供意见；双向沟通。</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>知会</translation>
    </message>
    <message>
        <source>Is kept up to date on progress; one-way communication.</source>
        <translation>随时获知进展；单向沟通。</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Provides resources or help to those responsible.</source>
        <translation>为负责的角色提供资源或帮助。</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>推动</translation>
    </message>
    <message>
        <source>Drives the activity and does the work to get a decision.</source>
        <translation>推动活动，并为促成决定开展工作。</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Makes the final decision; exactly one per activity.</source>
        <translation>做出最终决定；每个活动有且仅有一个。</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Contributes knowledge and input.</source>
        <translation>贡献知识和意见。</translation>
    </message>
    <message>
        <source>Is told about the decision.</source>
        <translation>获知决定。</translation>
    </message>
    <message>
        <source>Out of the loop</source>
        <translation>不参与</translation>
    </message>
    <message>
        <source>Explicitly not involved in the activity.</source>
        <translation>明确不参与该活动。</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Checks that the result meets the acceptance criteria.</source>
        <translation>检查结果是否符合验收标准。</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Approves the verifier&apos;s decision and signs off the result.</source>
        <translation>认可验证人的结论并签署结果。</translation>
    </message>
    <message>
        <source>Drives the activity and coordinates those who do the work.</source>
        <translation>推动活动，并协调执行工作的角色。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0} activity</source>
        <translation>{0} 个活动</translation>
    </message>
    <message>
        <source>{0} activities</source>
        <translation>{0} 个活动</translation>
    </message>
    <message>
        <source>{0} role</source>
        <translation>{0} 个角色</translation>
    </message>
    <message>
        <source>{0} roles</source>
        <translation>{0} 个角色</translation>
    </message>
    <message>
        <source>{0} error</source>
        <translation>{0} 个错误</translation>
    </message>
    <message>
        <source>{0} errors</source>
        <translation>{0} 个错误</translation>
    </message>
    <message>
        <source>{0} warning</source>
        <translation>{0} 个警告</translation>
    </message>
    <message>
        <source>{0} warnings</source>
        <translation>{0} 个警告</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Show the Problems panel</source>
        <translation>显示“问题”面板</translation>
    </message>
    <message>
        <source>{0}[*] — {1}</source>
        <translation>{0}[*] — {1}</translation>
    </message>
    <message>
        <source>RACI Editor</source>
        <translation>RACI 编辑器</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Cannot paste</source>
        <translation>无法粘贴</translation>
    </message>
</context>
<context>
    <name>MatrixMenu</name>
    <message>
        <source>Select a role first.</source>
        <translation>请先选择一个角色。</translation>
    </message>
    <message>
        <source>Select the roles to group.</source>
        <translation>请选择要分组的角色。</translation>
    </message>
    <message>
        <source>Set Role Group</source>
        <translation>设置角色分组</translation>
    </message>
    <message>
        <source>Group of role {0}:</source>
        <translation>角色 {0} 的分组：</translation>
    </message>
    <message>
        <source>Group of {0} roles:</source>
        <translation>{0} 个角色的分组：</translation>
    </message>
    <message>
        <source>Select the roles to delete.</source>
        <translation>请选择要删除的角色。</translation>
    </message>
    <message>
        <source>Delete role {0} and its {1} letters?</source>
        <translation>删除角色 {0} 及其 {1} 个字母吗？</translation>
    </message>
    <message>
        <source>Delete {0} roles and their {1} letters?</source>
        <translation>删除 {0} 个角色及其 {1} 个字母吗？</translation>
    </message>
    <message>
        <source>Delete Roles</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <source>Select an activity first.</source>
        <translation>请先选择一个活动。</translation>
    </message>
    <message>
        <source>Select the activities to group.</source>
        <translation>请选择要分组的活动。</translation>
    </message>
    <message>
        <source>Set Activity Group</source>
        <translation>设置活动分组</translation>
    </message>
    <message>
        <source>Group of activity {0}:</source>
        <translation>活动 {0} 的分组：</translation>
    </message>
    <message>
        <source>Group of {0} activities:</source>
        <translation>{0} 个活动的分组：</translation>
    </message>
    <message>
        <source>Select the activities to delete.</source>
        <translation>请选择要删除的活动。</translation>
    </message>
    <message>
        <source>Delete activity {0} and its {1} letters?</source>
        <translation>删除活动 {0} 及其 {1} 个字母吗？</translation>
    </message>
    <message>
        <source>Delete {0} activities and their {1} letters?</source>
        <translation>删除 {0} 个活动及其 {1} 个字母吗？</translation>
    </message>
    <message>
        <source>Delete Activities</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Already sorted by name.</source>
        <translation>已按名称排序。</translation>
    </message>
    <message>
        <source>Sort Roles by Name</source>
        <translation>按名称排序角色</translation>
    </message>
    <message>
        <source>Sort Activities by Name</source>
        <translation>按名称排序活动</translation>
    </message>
    <message>
        <source>The rules already have their defaults.</source>
        <translation>规则已经是默认值。</translation>
    </message>
    <message>
        <source>Already at the edge.</source>
        <translation>已在边缘，无法再移动。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <source>A name must not be blank.</source>
        <translation>名称不能为空。</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Set cell of {0}</source>
        <translation>设置 {0} 的单元格</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（无分组）</translation>
    </message>
    <message>
        <source>Click to show this group&apos;s activities</source>
        <translation>单击以显示此分组的活动</translation>
    </message>
    <message>
        <source>Click to collapse this group</source>
        <translation>单击以折叠此分组</translation>
    </message>
    <message>
        <source>{name}: {meaning}</source>
        <translation>{name}：{meaning}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Note:&lt;/i&gt; </source>
        <translation>&lt;i&gt;备注：&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Copied 1 cell</source>
        <translation>已复制 1 个单元格</translation>
    </message>
    <message>
        <source>Copied {0} cells</source>
        <translation>已复制 {0} 个单元格</translation>
    </message>
    <message>
        <source>“{0}” is not a letter of the {1} scheme ({2})</source>
        <translation>“{0}”不是 {1} 方案中的字母（{2}）</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}：{problem}</translation>
    </message>
    <message>
        <source>there is no role with id {id}</source>
        <translation>没有 ID 为 {id} 的角色</translation>
    </message>
    <message>
        <source>there is no activity with id {id}</source>
        <translation>没有 ID 为 {id} 的活动</translation>
    </message>
    <message>
        <source>{letter} is not a letter of the {scheme} scheme ({alphabet})</source>
        <translation>{letter} 不是 {scheme} 方案中的字母（{alphabet}）</translation>
    </message>
    <message>
        <source>unknown rule {rule}</source>
        <translation>未知规则 {rule}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>and {n} more problem</source>
        <translation>另有 {n} 个问题</translation>
    </message>
    <message>
        <source>and {n} more problems</source>
        <translation>另有 {n} 个问题</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>is not a known field (written by a newer version?)</source>
        <translation>不是已知字段（由较新版本写入？）</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must not start or end with white space</source>
        <translation>开头和结尾不能有空白字符</translation>
    </message>
    <message>
        <source>must be a local date and time like 2026-11-27T10:15:00</source>
        <translation>必须是本地日期和时间，例如 2026-11-27T10:15:00</translation>
    </message>
    <message>
        <source>a snapshot cannot hold snapshots of its own</source>
        <translation>快照不能再包含快照</translation>
    </message>
    <message>
        <source>empty letters must be left out</source>
        <translation>空的字母项必须省略</translation>
    </message>
    <message>
        <source>{letters} not in the {scheme} scheme ({alphabet})</source>
        <translation>{letters} 不在 {scheme} 方案中（{alphabet}）</translation>
    </message>
    <message>
        <source>letters {letters} must be unique and in scheme order</source>
        <translation>字母 {letters} 必须不重复且按方案顺序排列</translation>
    </message>
    <message>
        <source>id {id} is already used by {other}</source>
        <translation>ID {id} 已被 {other} 使用</translation>
    </message>
    <message>
        <source>the same finding is waived twice</source>
        <translation>同一问题被豁免了两次</translation>
    </message>
</context>
<context>
    <name>PdfRender</name>
    <message>
        <source>RACI matrix</source>
        <translation>RACI 矩阵</translation>
    </message>
    <message>
        <source>cannot start painting on the page</source>
        <translation>无法开始在页面上绘制</translation>
    </message>
    <message>
        <source>cannot start a new page</source>
        <translation>无法开始新的一页</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>打印于 {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>{group} (continued)</source>
        <translation>{group}（续）</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Letters held by each role, heaviest load first.</source>
        <translation>各角色担任的字母，负荷最重的排在最前。</translation>
    </message>
    <message>
        <source>Problems: {errors} errors · {warnings} warnings</source>
        <translation>问题：{errors} 个错误 · {warnings} 个警告</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}：{message}</translation>
    </message>
    <message>
        <source>{message} (waived by {by}: {reason})</source>
        <translation>{message}（已由 {by} 豁免：{reason}）</translation>
    </message>
    <message>
        <source>no letters</source>
        <translation>无字母</translation>
    </message>
    <message>
        <source>{counts} — load {load}</source>
        <translation>{counts} — 负荷 {load}</translation>
    </message>
    <message>
        <source>cannot write {what}: no Qt application (call ensure_app first)</source>
        <translation>无法写入 {what}：没有 Qt 应用程序（请先调用 ensure_app）</translation>
    </message>
    <message>
        <source>cannot write {what}: {reason}</source>
        <translation>无法写入 {what}：{reason}</translation>
    </message>
    <message>
        <source>cannot write {what}: too large to render</source>
        <translation>无法写入 {what}：内容过大，无法绘制</translation>
    </message>
    <message>
        <source>too large for an image ({width} × {height} pixels)</source>
        <translation>图像过大（{width} × {height} 像素）</translation>
    </message>
    <message>
        <source>not enough memory for a {width} × {height} image</source>
        <translation>内存不足，无法生成 {width} × {height} 的图像</translation>
    </message>
    <message>
        <source>cannot start painting on the image</source>
        <translation>无法开始在图像上绘制</translation>
    </message>
    <message>
        <source>the image could not be encoded: {error}</source>
        <translation>无法编码图像：{error}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>自动保存间隔（秒）</translation>
    </message>
    <message>
        <source>Save a &amp;recovery copy every:</source>
        <translation>恢复副本保存间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>While a matrix has unsaved changes, a copy is kept in {0}, never over your file. After a crash the editor offers to restore it.</source>
        <translation>矩阵有未保存的更改时，会在 {0} 中保留一份副本，绝不会覆盖你的文件。程序崩溃后，编辑器会提示恢复该副本。</translation>
    </message>
    <message>
        <source>{0} is set: a copy is written every {1} s.</source>
        <translation>已设置环境变量 {0}：每 {1} 秒写入一份副本。</translation>
    </message>
</context>
<context>
    <name>PrintOps</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI 矩阵</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>waived by {0}: {1}</source>
        <translation>已由 {0} 豁免：{1}</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Show the findings of one rule</source>
        <translation>只显示某条规则的问题</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>所有规则</translation>
    </message>
    <message>
        <source>Show waived</source>
        <translation>显示已豁免</translation>
    </message>
    <message>
        <source>List the findings accepted with a waiver too</source>
        <translation>同时列出已豁免的问题</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>豁免(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Remove Waiver</source>
        <translation>移除豁免(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Show in Grid</source>
        <translation>在表格中显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit Waiver…</source>
        <translation>编辑豁免(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove &amp;Stale Waiver</source>
        <translation>移除失效的豁免(&amp;S)</translation>
    </message>
    <message>
        <source>{0} error</source>
        <translation>{0} 个错误</translation>
    </message>
    <message>
        <source>{0} errors</source>
        <translation>{0} 个错误</translation>
    </message>
    <message>
        <source>{0} warning</source>
        <translation>{0} 个警告</translation>
    </message>
    <message>
        <source>{0} warnings</source>
        <translation>{0} 个警告</translation>
    </message>
    <message>
        <source>{0} info</source>
        <translation>{0} 个提示</translation>
    </message>
    <message>
        <source>Show or hide this severity&apos;s findings</source>
        <translation>显示或隐藏此严重程度的问题</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>No group</source>
        <translation>无分组</translation>
    </message>
    <message>
        <source>Who fills the role</source>
        <translation>担任此角色的人</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>担任人(&amp;H)：</translation>
    </message>
    <message>
        <source>De&amp;puty:</source>
        <translation>代理人(&amp;P)：</translation>
    </message>
    <message>
        <source>A name cannot be blank; the old name is kept.</source>
        <translation>名称不能为空，已保留原名称。</translation>
    </message>
    <message>
        <source>No matrix</source>
        <translation>无矩阵</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>ReadOps</name>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>RACI Editor was not closed properly last time. It kept a copy of the unsaved changes in these matrices:</source>
        <translation>RACI 编辑器上次未正常关闭。它为以下矩阵中未保存的更改保留了副本：</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>原文件</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>（从未保存）</translation>
    </message>
    <message>
        <source>Restore opens each one as unsaved changes on its original file. Discard deletes the copies.</source>
        <translation>“恢复”会将每份副本作为其原文件上的未保存更改打开。“丢弃”会删除这些副本。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot restore {0}</source>
        <translation>无法恢复 {0}</translation>
    </message>
</context>
<context>
    <name>RoleCard</name>
    <message>
        <source>Role Card — {0}</source>
        <translation>角色卡片 — {0}</translation>
    </message>
    <message>
        <source>What {0} does, by letter and activity group.</source>
        <translation>{0} 的职责，按字母和活动分组列出。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the card as text</source>
        <translation>将卡片复制为文本</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>RoleFilter</name>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Show every activity</source>
        <translation>显示所有活动</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>{0} of {1} activities: {2}</source>
        <translation>{1} 个活动中的 {0} 个：{2}</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>所有活动</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>{0} is {1}</source>
        <translation>{0} 为 {1}</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>No role is accountable for the activity</source>
        <translation>没有角色批准该活动</translation>
    </message>
    <message>
        <source>Two or more roles are accountable for the activity</source>
        <translation>有两个或更多角色批准该活动</translation>
    </message>
    <message>
        <source>No role is responsible for the activity</source>
        <translation>没有角色负责该活动</translation>
    </message>
    <message>
        <source>More than N roles are responsible</source>
        <translation>超过 N 个角色负责</translation>
    </message>
    <message>
        <source>More than N roles are consulted</source>
        <translation>超过 N 个角色被咨询</translation>
    </message>
    <message>
        <source>More than N roles are informed</source>
        <translation>超过 N 个角色被知会</translation>
    </message>
    <message>
        <source>Every role has a letter on the activity</source>
        <translation>每个角色在该活动上都有字母</translation>
    </message>
    <message>
        <source>The role has no letter on any activity</source>
        <translation>该角色在所有活动上都没有字母</translation>
    </message>
    <message>
        <source>The role is never responsible and never accountable</source>
        <translation>该角色从不负责，也从不批准</translation>
    </message>
    <message>
        <source>Responsible or accountable on more than N % of activities</source>
        <translation>在超过 N% 的活动中负责或批准</translation>
    </message>
    <message>
        <source>Accountable on more than N % of activities</source>
        <translation>在超过 N% 的活动中批准</translation>
    </message>
    <message>
        <source>The role has a letter on every activity</source>
        <translation>该角色在每个活动上都有字母</translation>
    </message>
    <message>
        <source>An activity has the same name as an earlier one</source>
        <translation>活动与前面的某个活动同名</translation>
    </message>
    <message>
        <source>A role has the same name as an earlier one</source>
        <translation>角色与前面的某个角色同名</translation>
    </message>
    <message>
        <source>A cell holds text that is not a letter of the scheme</source>
        <translation>单元格中的文字不是方案中的字母</translation>
    </message>
    <message>
        <source>A row of the file was skipped while reading it</source>
        <translation>读取文件时跳过了其中一行</translation>
    </message>
    <message>
        <source>A look-alike character was read as a letter</source>
        <translation>形似字母的字符被读作了字母</translation>
    </message>
    <message>
        <source>What the importer decided about the file&apos;s layout</source>
        <translation>导入程序对文件布局所做的判断</translation>
    </message>
    <message>
        <source>A waiver matches no current finding</source>
        <translation>豁免不对应任何当前问题</translation>
    </message>
    <message>
        <source>One role is both accountable and responsible</source>
        <translation>同一角色既批准又负责</translation>
    </message>
    <message>
        <source>unknown rule {rule!r}</source>
        <translation>未知规则 {rule!r}</translation>
    </message>
    <message>
        <source>rule {rule!r} has no threshold</source>
        <translation>规则 {rule!r} 没有阈值</translation>
    </message>
    <message>
        <source>the threshold must be a whole number from 0</source>
        <translation>阈值必须是不小于 0 的整数</translation>
    </message>
    <message>
        <source>a percentage threshold must be from 0 to 100</source>
        <translation>百分比阈值必须在 0 到 100 之间</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Per activity (across a row)</source>
        <translation>按活动（横跨一行）</translation>
    </message>
    <message>
        <source>Per role (down a column)</source>
        <translation>按角色（纵贯一列）</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>Off by default</source>
        <translation>默认关闭</translation>
    </message>
    <message>
        <source>No role is A on the activity.</source>
        <translation>该活动没有角色为 A。</translation>
    </message>
    <message>
        <source>Two or more roles are A on the activity.</source>
        <translation>该活动有两个或更多角色为 A。</translation>
    </message>
    <message>
        <source>No role is R on the activity.</source>
        <translation>该活动没有角色为 R。</translation>
    </message>
    <message>
        <source>More than N roles are R on the activity.</source>
        <translation>该活动为 R 的角色超过 N 个。</translation>
    </message>
    <message>
        <source>More than N roles are C on the activity.</source>
        <translation>该活动为 C 的角色超过 N 个。</translation>
    </message>
    <message>
        <source>More than N roles are I on the activity.</source>
        <translation>该活动为 I 的角色超过 N 个。</translation>
    </message>
    <message>
        <source>The matrix has at least 4 roles and every one has a letter on the activity.</source>
        <translation>矩阵至少有 4 个角色，且每个角色在该活动上都有字母。</translation>
    </message>
    <message>
        <source>The role has no letter on any activity.</source>
        <translation>该角色在任何活动上都没有字母。</translation>
    </message>
    <message>
        <source>The role has letters, but is never R and never A.</source>
        <translation>该角色有字母，但从不是 R，也从不是 A。</translation>
    </message>
    <message>
        <source>The role is R or A on more than N % of activities (matrices of 5 activities or more).</source>
        <translation>该角色在超过 N% 的活动上为 R 或 A（适用于 5 个及以上活动的矩阵）。</translation>
    </message>
    <message>
        <source>The role is A on more than N % of activities (matrices of 5 activities or more).</source>
        <translation>该角色在超过 N% 的活动上为 A（适用于 5 个及以上活动的矩阵）。</translation>
    </message>
    <message>
        <source>The role has a letter on every activity (matrices of 5 activities or more).</source>
        <translation>该角色在每个活动上都有字母（适用于 5 个及以上活动的矩阵）。</translation>
    </message>
    <message>
        <source>An activity has the same name as an earlier one (trimmed, any case).</source>
        <translation>某活动与前面的活动同名（去除首尾空格，不区分大小写）。</translation>
    </message>
    <message>
        <source>A role has the same name as an earlier one (trimmed, any case).</source>
        <translation>某角色与前面的角色同名（去除首尾空格，不区分大小写）。</translation>
    </message>
    <message>
        <source>A cell holds text that is not a letter of the scheme (kept as the cell&apos;s note).</source>
        <translation>单元格中的文字不是方案中的字母（已保留为单元格备注）。</translation>
    </message>
    <message>
        <source>A row of the file was skipped while reading it.</source>
        <translation>读取文件时跳过了某一行。</translation>
    </message>
    <message>
        <source>A look-alike character (e.g. a Cyrillic С) was read as the Latin letter.</source>
        <translation>形似字符（例如西里尔字母 С）被读作了拉丁字母。</translation>
    </message>
    <message>
        <source>What the importer decided about a spreadsheet&apos;s layout.</source>
        <translation>导入程序对电子表格布局所做的判断。</translation>
    </message>
    <message>
        <source>A waiver saved in the file matches no current finding.</source>
        <translation>文件中保存的某个豁免已不对应任何当前问题。</translation>
    </message>
    <message>
        <source>One role is both A and R on the same activity.</source>
        <translation>同一角色在同一活动上既是 A 又是 R。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Changes apply to this matrix and are saved with it.</source>
        <translation>更改仅作用于此矩阵，并随矩阵一起保存。</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>恢复默认值(&amp;R)</translation>
    </message>
    <message>
        <source>Check this rule</source>
        <translation>启用此规则</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> roles</source>
        <translation> 个角色</translation>
    </message>
    <message>
        <source>Fires when there are more than this many</source>
        <translation>超过此数量时触发</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>SnapshotOps</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Snapshot {0}</source>
        <translation>快照 {0}</translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation>保存快照</translation>
    </message>
    <message>
        <source>Keep a copy of the matrix as it is now, named:</source>
        <translation>保留矩阵当前状态的副本，名称：</translation>
    </message>
    <message>
        <source>Save Snapshot “{0}”</source>
        <translation>保存快照“{0}”</translation>
    </message>
    <message>
        <source>Snapshot “{0}” saved with the matrix</source>
        <translation>快照“{0}”已随矩阵保存</translation>
    </message>
    <message>
        <source>Rename Snapshot “{0}”</source>
        <translation>重命名快照“{0}”</translation>
    </message>
    <message>
        <source>Rename Snapshot</source>
        <translation>重命名快照</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete Snapshot “{0}”</source>
        <translation>删除快照“{0}”</translation>
    </message>
    <message>
        <source>Cannot keep the snapshot</source>
        <translation>无法保存快照</translation>
    </message>
    <message>
        <source>Show what changed since snapshot “{0}”</source>
        <translation>显示自快照“{0}”以来的更改</translation>
    </message>
    <message>
        <source>No Snapshots</source>
        <translation>没有快照</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Snapshots are named copies of the matrix kept in its file. Compare shows what changed since one was saved.</source>
        <translation>快照是保存在矩阵文件中的命名副本。“比较”显示自保存快照以来的更改。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Show what changed since this snapshot</source>
        <translation>显示自此快照以来的更改</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Give this snapshot another name</source>
        <translation>为此快照另取名称</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete this snapshot (Edit › Undo brings it back)</source>
        <translation>删除此快照（“编辑 › 撤销”可恢复）</translation>
    </message>
    <message>
        <source>No snapshots yet: use Matrix › Save Snapshot…</source>
        <translation>还没有快照：请使用“矩阵 › 保存快照…”</translation>
    </message>
</context>
<context>
    <name>SummaryCells</name>
    <message>
        <source>How many roles are {0} ({1}) on each activity</source>
        <translation>每个活动中担任 {0}（{1}）的角色数</translation>
    </message>
    <message>
        <source># {0} — {1}</source>
        <translation># {0} — {1}</translation>
    </message>
    <message>
        <source>On how many activities each role is {0} ({1})</source>
        <translation>每个角色担任 {0}（{1}）的活动数</translation>
    </message>
</context>
<context>
    <name>TakeChanges</name>
    <message>
        <source>Take 1 change from {0}</source>
        <translation>从 {0} 采纳 1 处更改</translation>
    </message>
    <message>
        <source>Take {0} changes from {1}</source>
        <translation>从 {1} 采纳 {0} 处更改</translation>
    </message>
</context>
<context>
    <name>TakeChangesDialog</name>
    <message>
        <source>Take Changes from {0}</source>
        <translation>从 {0} 采纳更改</translation>
    </message>
    <message>
        <source>Check the changes to take from {0} into this matrix. They are applied as one step that Edit › Undo takes back.</source>
        <translation>勾选要从 {0} 采纳到此矩阵的更改。这些更改作为一步应用，可用“编辑 › 撤销”一次撤回。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>更改(&amp;H)：</translation>
    </message>
    <message>
        <source>{0} of {1} chosen</source>
        <translation>已选 {0} / {1}</translation>
    </message>
    <message>
        <source>With the {0} chosen changes: {1} (now: {2})</source>
        <translation>采纳所选 {0} 处更改后：{1}（当前：{2}）</translation>
    </message>
    <message>
        <source>New: {0}</source>
        <translation>新增：{0}</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}：{message}</translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation>没有错误或警告。</translation>
    </message>
    <message>
        <source>Cannot take the changes</source>
        <translation>无法采纳更改</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}、{rest}</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <source>the whole matrix</source>
        <translation>整个矩阵</translation>
    </message>
    <message>
        <source>Waive finding</source>
        <translation>豁免问题</translation>
    </message>
    <message>
        <source>Why is this acceptable?</source>
        <translation>为什么可以接受？</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Waived &amp;by:</source>
        <translation>豁免人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>豁免(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Workload</name>
    <message>
        <source>No letters in this matrix.</source>
        <translation>此矩阵中没有字母。</translation>
    </message>
    <message>
        <source>{name} ({letter}):</source>
        <translation>{name}（{letter}）：</translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <source>{0} · {1}%</source>
        <translation>{0} · {1}%</translation>
    </message>
    <message>
        <source>{0}: {1}; on {2} of {3} activities ({4}%)</source>
        <translation>{0}：{1}；参与 {3} 个活动中的 {2} 个（{4}%）</translation>
    </message>
    <message>
        <source>On {0} of {1} activities ({2}%)</source>
        <translation>参与 {1} 个活动中的 {0} 个（{2}%）</translation>
    </message>
    <message>
        <source>Click: show where it is {0} · Double-click: role card</source>
        <translation>单击：显示其为 {0} 的活动 · 双击：角色卡片</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>WorkloadOps</name>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation>工作量(&amp;W)</translation>
    </message>
    <message>
        <source>Show &amp;Counts</source>
        <translation>显示计数(&amp;C)</translation>
    </message>
    <message>
        <source>Count the letters per activity and per role</source>
        <translation>按活动和角色统计字母数</translation>
    </message>
    <message>
        <source>Role &amp;Card…</source>
        <translation>角色卡片(&amp;C)…</translation>
    </message>
    <message>
        <source>Everything the current role does, to copy</source>
        <translation>当前角色的全部职责，可供复制</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>请先选择一个角色。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>&amp;Show Only Where {0} Is {1}</source>
        <translation>仅显示 {0} 为 {1} 的活动(&amp;S)</translation>
    </message>
</context>
<context>
    <name>WorkloadView</name>
    <message>
        <source>Role &amp;Card…</source>
        <translation>角色卡片(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Show Its Activities</source>
        <translation>显示其活动(&amp;S)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Letters per role, heaviest first. Click a role to see where it is {0}.</source>
        <translation>各角色的字母数，负荷最重的在前。单击角色可查看其为 {0} 的活动。</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Marketing Team</source>
        <translation>市场团队</translation>
    </message>
    <message>
        <source>Product Launch</source>
        <translation>产品发布</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动策划</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>从模板新建(&amp;T)</translation>
    </message>
    <message>
        <source>Compare &amp;with Snapshot</source>
        <translation>与快照比较(&amp;W)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the activities of a spreadsheet to this matrix</source>
        <translation>将电子表格中的活动添加到此矩阵</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>比较(&amp;M)…</translation>
    </message>
    <message>
        <source>Show the differences between this matrix and another file side by side</source>
        <translation>并排显示此矩阵与另一个文件之间的差异</translation>
    </message>
    <message>
        <source>Ta&amp;ke Changes from…</source>
        <translation>采纳更改(&amp;K)…</translation>
    </message>
    <message>
        <source>Choose, change by change, what to take from another version of this matrix</source>
        <translation>逐条选择要从此矩阵的另一个版本采纳的更改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>清除单元格(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit Cell…</source>
        <translation>编辑单元格(&amp;E)…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Expand All Groups</source>
        <translation>展开所有分组(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fit Columns</source>
        <translation>自适应列宽(&amp;F)</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>Add &amp;Role</source>
        <translation>添加角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Insert Role</source>
        <translation>插入角色(&amp;I)</translation>
    </message>
    <message>
        <source>Du&amp;plicate Role</source>
        <translation>复制角色(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;name Role</source>
        <translation>重命名角色(&amp;N)</translation>
    </message>
    <message>
        <source>Set Role &amp;Group…</source>
        <translation>设置角色分组(&amp;G)…</translation>
    </message>
    <message>
        <source>Move Role &amp;Left</source>
        <translation>角色左移(&amp;L)</translation>
    </message>
    <message>
        <source>Move Role Rig&amp;ht</source>
        <translation>角色右移(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Delete Roles</source>
        <translation>删除角色(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;Activity</source>
        <translation>添加活动(&amp;A)</translation>
    </message>
    <message>
        <source>In&amp;sert Activity</source>
        <translation>插入活动(&amp;S)</translation>
    </message>
    <message>
        <source>Dupli&amp;cate Activity</source>
        <translation>复制活动(&amp;C)</translation>
    </message>
    <message>
        <source>Rena&amp;me Activity</source>
        <translation>重命名活动(&amp;M)</translation>
    </message>
    <message>
        <source>Set Activity Gr&amp;oup…</source>
        <translation>设置活动分组(&amp;O)…</translation>
    </message>
    <message>
        <source>Move Activity &amp;Up</source>
        <translation>活动上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Activity Do&amp;wn</source>
        <translation>活动下移(&amp;W)</translation>
    </message>
    <message>
        <source>Dele&amp;te Activities</source>
        <translation>删除活动(&amp;T)</translation>
    </message>
    <message>
        <source>Sort Acti&amp;vities by Name</source>
        <translation>按名称排序活动(&amp;V)</translation>
    </message>
    <message>
        <source>Sort Roles &amp;by Name</source>
        <translation>按名称排序角色(&amp;B)</translation>
    </message>
    <message>
        <source>Matrix Title and D&amp;escription…</source>
        <translation>矩阵标题和说明(&amp;E)…</translation>
    </message>
    <message>
        <source>Ru&amp;les…</source>
        <translation>规则(&amp;L)…</translation>
    </message>
    <message>
        <source>Reset Rules to De&amp;faults</source>
        <translation>恢复默认规则(&amp;F)</translation>
    </message>
    <message>
        <source>Save Snapsh&amp;ot…</source>
        <translation>保存快照(&amp;O)…</translation>
    </message>
    <message>
        <source>Keep a named copy of the matrix as it is now inside its file</source>
        <translation>在文件中保留矩阵当前状态的命名副本</translation>
    </message>
    <message>
        <source>S&amp;napshots…</source>
        <translation>快照(&amp;N)…</translation>
    </message>
    <message>
        <source>Compare with, rename or delete the snapshots kept in this matrix</source>
        <translation>比较、重命名或删除此矩阵中保存的快照</translation>
    </message>
    <message>
        <source>Read&amp;y to Launch?</source>
        <translation>可以发布了吗(&amp;Y)？</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About RACI Editor</source>
        <translation>关于 RACI 编辑器(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>{0} › </source>
        <translation>{0} › </translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to {0} before closing it?</source>
        <translation>关闭前是否保存对 {0} 的更改？</translation>
    </message>
    <message>
        <source>Arrows, Tab, Shift+Tab</source>
        <translation>方向键、Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Move the current cell</source>
        <translation>移动当前单元格</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home、End</translation>
    </message>
    <message>
        <source>First or last role of the row</source>
        <translation>本行的第一个或最后一个角色</translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation>Page Up、Page Down</translation>
    </message>
    <message>
        <source>Move a page up or down</source>
        <translation>向上或向下翻一页</translation>
    </message>
    <message>
        <source>First cell of the matrix (first activity, first role)</source>
        <translation>矩阵的第一个单元格（第一个活动、第一个角色）</translation>
    </message>
    <message>
        <source>Last cell of the matrix</source>
        <translation>矩阵的最后一个单元格</translation>
    </message>
    <message>
        <source>Shift+arrows, Shift+click</source>
        <translation>Shift+方向键、Shift+单击</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>扩展选区</translation>
    </message>
    <message>
        <source>R, A, C, I (either case)</source>
        <translation>R、A、C、I（不区分大小写）</translation>
    </message>
    <message>
        <source>Toggle that letter in every selected cell</source>
        <translation>在所有选中的单元格中切换该字母</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格键</translation>
    </message>
    <message>
        <source>Cycle R → A → C → I → empty</source>
        <translation>循环切换 R → A → C → I → 空</translation>
    </message>
    <message>
        <source>Delete, Backspace</source>
        <translation>Delete、Backspace</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>清除选中的单元格</translation>
    </message>
    <message>
        <source>F2, double click</source>
        <translation>F2、双击</translation>
    </message>
    <message>
        <source>Edit the cell&apos;s letters and note</source>
        <translation>编辑单元格的字母和备注</translation>
    </message>
    <message>
        <source>Double click on a header</source>
        <translation>双击标题</translation>
    </message>
    <message>
        <source>Rename the role or activity</source>
        <translation>重命名角色或活动</translation>
    </message>
    <message>
        <source>Edit, check and share RACI responsibility matrices.</source>
        <translation>编辑、检查和分享 RACI 责任矩阵。</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>采用 MIT 许可证的自由软件。</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>报告问题</translation>
    </message>
    <message>
        <source>About RACI Editor</source>
        <translation>关于 RACI 编辑器</translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>Move activity {0} to {1}</source>
        <translation>将活动 {0} 移到 {1}</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（无分组）</translation>
    </message>
</context>
<context>
    <name>rule_edits</name>
    <message>
        <source>Change rule {0}</source>
        <translation>更改规则 {0}</translation>
    </message>
    <message>
        <source>Change {0} rules</source>
        <translation>更改 {0} 条规则</translation>
    </message>
    <message>
        <source>Waive {0}</source>
        <translation>豁免 {0}</translation>
    </message>
    <message>
        <source>Remove waiver of {0}</source>
        <translation>移除 {0} 的豁免</translation>
    </message>
</context>
<context>
    <name>shaping</name>
    <message>
        <source>role {name}</source>
        <translation>角色 {name}</translation>
    </message>
    <message>
        <source>{n} roles</source>
        <translation>{n} 个角色</translation>
    </message>
    <message>
        <source>activity {name}</source>
        <translation>活动 {name}</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>{n} 个活动</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新角色</translation>
    </message>
    <message>
        <source>Add role {0}</source>
        <translation>添加角色 {0}</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新活动</translation>
    </message>
    <message>
        <source>Add activity {0}</source>
        <translation>添加活动 {0}</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0}（副本）</translation>
    </message>
    <message>
        <source>Duplicate role {0}</source>
        <translation>复制角色 {0}</translation>
    </message>
    <message>
        <source>Duplicate activity {0}</source>
        <translation>复制活动 {0}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>删除 {0}</translation>
    </message>
    <message>
        <source>Move role {0}</source>
        <translation>移动角色 {0}</translation>
    </message>
    <message>
        <source>Move activity {0}</source>
        <translation>移动活动 {0}</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>移动 {0}</translation>
    </message>
    <message>
        <source>Rename role {0} to {1}</source>
        <translation>将角色 {0} 重命名为 {1}</translation>
    </message>
    <message>
        <source>Edit role {0}</source>
        <translation>编辑角色 {0}</translation>
    </message>
    <message>
        <source>Rename activity {0} to {1}</source>
        <translation>将活动 {0} 重命名为 {1}</translation>
    </message>
    <message>
        <source>Edit activity {0}</source>
        <translation>编辑活动 {0}</translation>
    </message>
    <message>
        <source>Set group of {0}</source>
        <translation>设置 {0} 的分组</translation>
    </message>
    <message>
        <source>Edit matrix title and description</source>
        <translation>编辑矩阵标题和说明</translation>
    </message>
</context>
</TS>
