/// The page's style and its one script, inline so the file needs no network
/// and can be mailed as it is. The script adds two handlers in all (one
/// click handler for the whole document, one for the person filter), never
/// one per event, and writes only CSS built from the page's own keys
/// (`e12`, `p3`), never from user text.
enum PageAssets {
  static let style = """
    :root{--lane:1.9em;--label:15rem;--day:26rem;color-scheme:light;
    --err:#c81e1e;--err-bg:#fde8e8;--warn:#b45309;--warn-bg:#fef3c7;--note:#6b7280;--note-bg:#f3f4f6;
    --ink:#111827;--line:#d1d5db;--accent:#1d4ed8}
    *{box-sizing:border-box}
    body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);margin:0;background:#fff}
    header.top{padding:1rem 1.25rem .5rem;border-bottom:1px solid var(--line)}
    h1{font-size:1.35rem;margin:0 0 .25rem}
    h2{font-size:1.1rem;margin:1rem 0 .5rem}
    h3{font-size:1rem;margin:.75rem 0 .25rem}
    .meta{margin:.1rem 0;color:#374151}
    .counts .error{color:var(--err);font-weight:600}.counts .warning{color:var(--warn);font-weight:600}
    nav.views,.controls,.downloads{display:flex;gap:.75rem;align-items:center;flex-wrap:wrap;margin:.4rem 0}
    nav.views a,.downloads a{color:var(--accent)}
    select{font:inherit;padding:.15rem .3rem}
    .live{font-size:.85rem;color:#065f46}
    .layout{display:flex;align-items:flex-start;gap:1rem;padding:0 1.25rem}
    #timeline{flex:1 1 auto;min-width:0}
    #findings{flex:0 0 22rem;max-height:calc(100vh - 1rem);overflow:auto;position:sticky;top:.5rem}
    .scroller{overflow-x:auto;border:1px solid var(--line)}
    .tl{min-width:calc(var(--label) + var(--days) * var(--day));position:relative}
    .row{display:flex;border-top:1px solid var(--line);content-visibility:auto;contain-intrinsic-size:auto 2.2em;break-inside:avoid}
    .row.head,.row.group{content-visibility:visible}
    .rh{flex:0 0 var(--label);padding:.2rem .4rem;border-right:1px solid var(--line);background:#fff;position:sticky;left:0;z-index:2;overflow:hidden}
    .rh bdi{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
    .rh small{display:block;color:#4b5563;font-size:.78em;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
    .rh.error{box-shadow:inset 4px 0 var(--err)}.rh.warning{box-shadow:inset 4px 0 var(--warn)}
    .row.group .rh{flex:1 1 auto;font-weight:600;background:#f9fafb;position:static}
    .lane{flex:1 1 auto;position:relative;min-height:var(--lane);align-self:stretch;
    background-image:linear-gradient(to right,#9ca3af 1px,transparent 1px),linear-gradient(to right,#eef0f3 1px,transparent 1px);
    background-size:calc(100% / var(--days)) 100%,calc(100% / var(--days) / var(--hours)) 100%}
    .head .lane{height:2.6em}
    .dayhead{position:absolute;top:0;height:100%;padding:.1rem .3rem;font-weight:600;white-space:nowrap;overflow:hidden}
    .hour{position:absolute;bottom:0;font-size:.7rem;color:#6b7280;padding-left:2px}
    .ev{position:absolute;top:calc(var(--lane) * var(--l,0));height:calc(var(--lane) - 4px);margin-top:2px;border:1px solid #93c5fd;background:#dbeafe;color:var(--ink);
    border-radius:3px;padding:0 .25rem;font-size:.8rem;line-height:calc(var(--lane) - 6px);white-space:nowrap;overflow:hidden;text-overflow:ellipsis;text-decoration:none;z-index:1}
    .ev:hover,.ev:focus{z-index:4;overflow:visible;background:#bfdbfe;outline:2px solid var(--accent)}
    .ev:hover .sr,.ev:focus .sr{position:static;width:auto;height:auto;clip:auto;font-variant-numeric:tabular-nums}
    .ev.k-travel,.ev.k-arrival,.ev.k-departure{background:#e0e7ff;border-color:#a5b4fc}
    .ev.k-meal{background:#dcfce7;border-color:#86efac}
    .ev.moment{border-left:3px solid var(--ink)}
    .ev.allday{background:#f3f4f6;border-style:dashed}
    .ev.error{background:var(--err-bg);border:2px solid var(--err)}
    .ev.warning{background:var(--warn-bg);border:2px solid var(--warn)}
    .ev.note{border-bottom:3px dotted var(--note)}
        .jr{position:absolute;bottom:1px;height:5px;background:repeating-linear-gradient(90deg,#6b7280 0 4px,transparent 4px 7px);font-size:0}
    .jr.short{background:repeating-linear-gradient(90deg,var(--err) 0 4px,transparent 4px 7px);height:7px}
    .tray ul,.agenda ol,#findings ol{list-style:none;margin:0;padding:0}
    .tray li{padding:.2rem 0;border-bottom:1px dotted var(--line)}
    #findings li.f{margin:.3rem 0}
    #findings button{all:unset;box-sizing:border-box;display:block;cursor:pointer;padding:.35rem .5rem;border-left:4px solid var(--note);background:var(--note-bg);border-radius:3px;width:100%}
    #findings li.error button{border-color:var(--err);background:var(--err-bg)}
    #findings li.warning button{border-color:var(--warn);background:var(--warn-bg)}
    #findings button:focus-visible,#findings button[aria-pressed=true]{outline:3px solid var(--accent)}
    .sev{font-weight:600;text-transform:uppercase;font-size:.72rem;letter-spacing:.03em;margin-right:.3rem}
    .error .sev{color:var(--err)}.warning .sev{color:var(--warn)}.note .sev{color:var(--note)}
    .pos{display:block;font:.75rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#4b5563}
    .related{margin:.15rem 0 0 1rem;padding:0;list-style:disc;font-size:.85rem;color:#374151}
    #agenda{padding:0 1.25rem 2rem}
    .agenda li{display:grid;grid-template-columns:7.5rem 1fr;gap:.75rem;padding:.4rem 0;border-bottom:1px solid #eef0f3;break-inside:avoid}
    .agenda .time{font-variant-numeric:tabular-nums;font-weight:600}
    .agenda .where,.agenda .who,.agenda .notes{color:#374151;font-size:.9rem}
    .agenda li.error{border-left:4px solid var(--err);padding-left:.4rem}
    .agenda li.warning{border-left:4px solid var(--warn);padding-left:.4rem}
    .agenda .msg{margin:.15rem 0 0;font-size:.85rem}
    .day-agenda{content-visibility:auto;contain-intrinsic-size:auto 30em}
    .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
    @media (max-width:70rem){.layout{flex-direction:column}#findings{position:static;max-height:none;flex-basis:auto;width:100%}}
    @page{size:A4 landscape;margin:10mm}
    @media print{
    body{font-size:10px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
    .controls,nav.views,.downloads,.live{display:none}
    .layout{display:block;padding:0}#findings{position:static;max-height:none;width:auto}
    .scroller{overflow:visible;border:none}.tl{min-width:0}
    :root{--label:9rem}
    .row,.day-agenda{content-visibility:visible}
    .rh{position:static}
    .ev:hover,.ev:focus{overflow:hidden;outline:none}
    #agenda{padding:0;break-before:page}
    #findings{break-before:page}
    }
    """

  static let script = """
    (function(){
    var dyn=document.getElementById('vp-highlight'),filter=document.getElementById('vp-filter');
    var who=document.getElementById('who'),caption=document.getElementById('who-caption');
    function ids(el,name){return (el.getAttribute(name)||'').split(' ').filter(function(x){return /^[ps]?[0-9]+$/.test(x)});}
    function highlight(button){
    var sel=ids(button,'data-t').map(function(i){return '[data-e="'+i+'"]'})
    .concat(ids(button,'data-pp').map(function(p){return '[data-row="'+p+'"]>.rh'}));
    document.querySelectorAll('#findings [aria-pressed="true"]').forEach(function(b){b.setAttribute('aria-pressed','false')});
    button.setAttribute('aria-pressed','true');
    dyn.textContent=sel.length?sel.join(',')+'{outline:3px solid #1d4ed8!important;outline-offset:1px;z-index:5!important;box-shadow:0 0 0 5px rgba(29,78,216,.25)}':'';
    var first=sel.length?document.querySelector('.tl '+sel[0]):null;
    if(first){first.scrollIntoView({block:'nearest',inline:'center'});}
    }
    document.addEventListener('click',function(e){
    var b=e.target.closest('#findings button[data-t]');if(b){highlight(b);}
    });
    function applyFilter(){
    var v=who.value;
    if(!/^p[0-9]+$/.test(v)){filter.textContent='';caption.textContent='';return;}
    filter.textContent='.row[data-row^="p"]:not([data-row="'+v+'"]){display:none}'
    +'.tl .ev[data-p]:not([data-p~="'+v+'"]){opacity:.25}'
    +'.row[data-row^="s"] .jr{display:none}'
    +'.agenda li:not([data-p~="'+v+'"]),.tray li:not([data-p~="'+v+'"]){display:none}';
    caption.textContent=caption.getAttribute('data-template').replace('{}',who.options[who.selectedIndex].text);
    }
    who.addEventListener('change',applyFilter);
    if(who.value){applyFilter();}
    })();
    """

  /// Added by `visitplan serve`: reloads the page when the server says the
  /// file changed, keeping the scroll position and the person filter.
  static let liveReload = """
    (function(){
    var key='visitplan-view';
    try{var s=JSON.parse(sessionStorage.getItem(key)||'null');sessionStorage.removeItem(key);
    if(s){var w=document.getElementById('who');if(w&&s.who!==undefined){w.value=s.who;w.dispatchEvent(new Event('change'));}
    window.scrollTo(s.x,s.y);var sc=document.querySelector('.scroller');if(sc){sc.scrollLeft=s.sx;}}}catch(e){}
    var es=new EventSource('/events?since='+(document.documentElement.getAttribute('data-version')||'0'));
    es.addEventListener('change',function(){
    var sc=document.querySelector('.scroller'),w=document.getElementById('who');
    try{sessionStorage.setItem(key,JSON.stringify({x:window.scrollX,y:window.scrollY,sx:sc?sc.scrollLeft:0,who:w?w.value:''}));}catch(e){}
    location.reload();});
    })();
    """
}
